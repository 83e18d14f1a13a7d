fprintf('%g\n', str2double('3.25'));
fprintf('%g\n', str2double('abc'));
fprintf('%g ', str2double({'1', '2.5', 'x'})); fprintf('\n');
fprintf('%g\n', str2double('1,000'));
fprintf('%g\n', str2double(' -Inf '));
