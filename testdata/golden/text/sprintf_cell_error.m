x = sprintf('%d', {1})
