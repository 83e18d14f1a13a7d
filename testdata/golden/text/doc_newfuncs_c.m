L = strlength("Hello, World")
L = strlength(["Amelia" "Bo"; "Maria" "Jo"])
L = strlength({'Mercury','Gemini','Apollo'})
chr = '123 Maple Street';
TF = isstrprop(chr,'alpha')
str = "123 Maple Street";
TF = isstrprop(str,'digit')
TF = isstrprop(str,'wspace','ForceCellOutput',true);
class(TF)
tf = isletter('A1b2')
str = "the cow jumped over the moon";
newStr = erase(str,"the ")
newStr = erase('bagel', 'ag')
str = ["red","green","blue"];
newStr = insertAfter(str,"r","X")
newStr = insertBefore('peppers and onions', 8, ' green')
newStr = insertAfter("Hello", 5, " World")
newStr = reverse("time")
newStr = reverse({'abc','de'})
str = ["paddling the red canoe"; "paddles and canoes"];
A = count(str,"paddl")
A = count("Paddle, paddle","paddle",'IgnoreCase',true)
C1 = {'Euler    ';'Fibonacci';'    Gauss'};
C2 = strjust(C1,'center')
S = strjust(['a  ';'bb ';'ccc'])
pattern = regexptranslate('escape','\n')
r = regexptranslate('escape','$0.02')
pattern = regexptranslate('wildcard','*.mat')
validStrings = ["wind","wonder","when"];
validStr = validatestring("WON",validStrings)
validStrings = ["righteously","right","righteous"];
validStr = validatestring("rig",validStrings)
validStr = validatestring('app',{'apple','pear'})
try
    validatestring("show",["showcase","show up","showtimes"])
catch e
    disp(e.message)
end
try
    validatestring('octagon',{'square','rectangle','triangle'},'findArea','shape',2)
catch e
    disp(e.identifier)
    disp(e.message)
end
baseStr = dec2base(23,12)
baseStr = dec2base(23,12,6)
baseStr = dec2base([1023 122 14],8)
baseStr = dec2base(5,'ab')
D = base2dec('1B',12)
D = base2dec(["1777" "172" "16"],8)
D = base2dec('ba','ab')
celldisp({'row1',5,10},'myCells')
