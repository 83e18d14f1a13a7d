% Examples of MATLAB's table reference page, in command-window format.
LastName = ["Sanchez";"Johnson";"Li";"Diaz";"Brown"];
Age = [38;43;38;40;49];
Smoker = logical([1;0;1;0;1]);
Height = [71;69;64;67;64];
Weight = [176;163;131;133;119];
BloodPressure = [124 93; 109 77; 125 83; 117 75; 122 80];
T = table(LastName,Age,Smoker,Height,Weight,BloodPressure)
meanHeight = mean(T.Height)
T.BMI = (T.Weight*0.453592)./(T.Height*0.0254).^2
LastName = {'Sanchez';'Johnson';'Li';'Diaz';'Brown'};
T = table(Age,Height,Weight,'RowNames',LastName)
T = table(categorical({'M';'F';'M'}),[45 45;41 32;40 34],...
          {'NY';'CA';'MA'},[true;false;false])
