patients = table([185; 133; 210], [74; 65.4; 72.2], 'VariableNames', {'weights', 'heights'}, 'RowNames', {'Harry', 'Sally', 'Jose'});
disp(patients)
