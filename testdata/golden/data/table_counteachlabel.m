Label = categorical({'vehicle'; 'stopSign'; 'carRear'; 'carFront'}, {'vehicle', 'stopSign', 'carRear', 'carFront'});
tbl = table(Label, [336; 42; 10; 9], [295; 41; 9; 8], 'VariableNames', {'Label', 'Count', 'ImageCount'})
