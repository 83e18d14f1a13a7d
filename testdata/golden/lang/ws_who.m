alpha = 1;
beta = 'two';
gamma = {3};
who
clear beta
who
exist('alpha')
exist('beta')
exist('nonexistent_name_xyz')
clear
who
