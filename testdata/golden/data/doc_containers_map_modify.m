% "Read and Write Using Key Index" and "Modify Keys and Values in Map":
% reading, adding, overwriting and renaming entries, and a copy of a Map
% handle referring to the same Map.
ticketMap = containers.Map(...
    {'2R175', 'B7398', 'A479GY', 'NZ1452'}, ...
    {'James Enright', 'Carl Haynes', 'Sarah Latham', ...
     'Bradley Reid'});
passenger = ticketMap('2R175')
values(ticketMap, {'2R175', 'B7398'})
ticketMap('947F4') = 'Susan Spera';
ticketMap('417R93') = 'Patricia Hughes';
ticketMap.Count
remove(ticketMap, 'NZ1452');
remove(ticketMap, '947F4');
remove(ticketMap, '417R93');
values(ticketMap)
ticketMap('A479GY')
ticketMap('A479GY') = 'Anna Latham';
ticketMap('A479GY')
remove(ticketMap, 'B7398');
ticketMap('B5398') = 'Carl Haynes';
keys(ticketMap)
values(ticketMap)
copiedMap = ticketMap;
copiedMap('AZ12345') = 'unidentified person';
ticketMap('AZ12345')
remove(ticketMap, 'AZ12345');
copiedMap.Count
isKey(copiedMap, 'AZ12345')
