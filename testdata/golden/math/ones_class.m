x = ones(2,'uint8')
y = ones(1,3,'like',single(2));
disp(class(y))
