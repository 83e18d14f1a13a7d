imresize(ones(2), 2, 'lanczos9')
