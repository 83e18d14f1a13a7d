% readlines, writelines: the doc's capital_cities example, rules, line endings
lines = ["  Boston, Massachusetts"; ""; "Albany, New York"; ""; ...
    "  Sacramento, California"; ""; "Columbus, Ohio"; ""; "  Santa Fe, New Mexico"];
writelines(lines, 'io2_capital_cities.txt');
S = readlines('io2_capital_cities.txt', 'EmptyLineRule', 'skip')
T = readlines('io2_capital_cities.txt', 'EmptyLineRule', 'skip', 'WhitespaceRule', 'trim')
U = readlines('io2_capital_cities.txt', 'WhitespaceRule', 'trimtrailing');
U(1)
fid = fopen('io2_crlf.txt', 'w'); fprintf(fid, 'one\r\ntwo\r\n'); fclose(fid);
V = readlines('io2_crlf.txt')
writelines(["a"; "b"], 'io2_crlf.txt', 'LineEnding', '\r\n');
double(fileread('io2_crlf.txt'))
writelines("c", 'io2_crlf.txt', 'WriteMode', 'append');
W = readlines('io2_crlf.txt')
delete io2_capital_cities.txt io2_crlf.txt
