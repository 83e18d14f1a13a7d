n = regexp('John 25', '(?<name>\w+) (?<age>\d+)', 'names');
disp(n.name)
disp(n.age)
