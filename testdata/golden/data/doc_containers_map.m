% Examples of MATLAB's containers.Map reference pages (containers.Map,
% keys, values, isKey, length, size, remove) and "Create Map Object", in
% command-window format.
newMap = containers.Map
months = {'Jan','Feb','Mar','Apr'};
rainfall = [327.2 368.2 197.6 178.4];
M = containers.Map(months,rainfall)
keySet = keys(M)
keySet = {'Jan','Feb'};
valueSet = values(M,keySet)
keySet = {'Apr'};
valueSet = values(M,keySet)
TF = isKey(M,'Feb')
keySet = {'Mar','Apr','May','Jun'};
TF = isKey(M,keySet)
L = length(M)
n = size(M,1)
sz = size(M)
ids = [437 1089 2362];
names = {'Li, N.','Jones, R.','Sanchez, C.'};
M = containers.Map(ids,names)
valueSet = values(M)
keys(M)
remove(M,2362);
keys(M)
values(M)
M = containers.Map(months,rainfall);
keys(M)
values(M)
keySet = {'Feb','Mar','Apr'};
remove(M,keySet);
keys(M)
values(M)
