YPred = categorical({'cat'; 'dog'; 'cat'; 'bird'});
YTest = categorical({'cat'; 'cat'; 'cat'; 'bird'});
tf = eq(YPred, YTest);
fprintf('%s %s\n', class(tf), mat2str(tf));
fprintf('%.4f\n', mean(tf));
disp(mat2str(ne(YPred, 'cat')));
