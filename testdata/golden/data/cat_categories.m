A = categorical({'plane' 'car' 'train' 'car' 'plane'});
C = categories(A);
fprintf('%s\n', C{:});
disp(mat2str(countcats(A)));
