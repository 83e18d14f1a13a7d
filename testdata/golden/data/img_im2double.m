fprintf('%g ', im2double(uint8([0 51 102 255]))); fprintf('\n');
fprintf('%g ', im2double(uint16([0 65535]))); fprintf('\n');
fprintf('%g ', im2double(int16([-32768 32767]))); fprintf('\n');
disp(class(im2double(true)));
