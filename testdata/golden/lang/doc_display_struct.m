% Struct display examples from MATLAB's "Structure Arrays", setfield,
% struct2cell, fieldnames, struct and cell2struct reference pages (R2021a
% forms), in Command Window form.
patient.name = 'John Doe';
patient.billing = 127;
patient.test = [79 75 73; 180 178 177.5; 220 210 205]
patient.billing = 512.00
patient(2).name = 'Ann Lane';
patient(2).billing = 28.50;
patient(2).test = [68 70 68; 118 118 119; 172 170 169];
patient(1).billing = 127
patient(3).name = 'New Name';
patient(3)
S.x = linspace(0,2*pi);
S.y = sin(S.x);
S.title = ''
S = setfield(S,'title','y = sin(x)')
C = struct2cell(S)
fields = fieldnames(S)
s = struct('type',{'big','little'},'color','red','x',{3 4})
s = struct
T(1,:) = {"highs",[44,38,46,43,48]};
T(2,:) = {"lows",[35,31,32,28,35]};
temps = T(:,2);
fields = [T{:,1}];
Tstruct = cell2struct(temps,fields,1)
q.cause = {};
q.e = [];
q.g = patient(1)
disp(q)
format compact
q
s
format loose
