warning('this is a warning %d', 5);
warning('my:warn', 'identified warning');
warning('off', 'my:warn');
warning('my:warn', 'should not appear');
warning('on', 'my:warn');
warning('my:warn', 'back on');
[msg, id] = lastwarn
