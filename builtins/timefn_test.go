package builtins

import (
	"math"
	"strings"
	"testing"
)

func TestTimeFunctions(t *testing.T) {
	nan := math.NaN()
	runCases(t, []evalCase{
		{`n = datenum(1970, 1, 1);`, "n", []float64{719529}},
		{`n = datenum([2000 1 1 12 0 0]);`, "n", []float64{730486.5}},
		{`s = datestr(738000);`, "s", "28-Jul-2020"},
		{`s = datestr(738000.5);`, "s", "28-Jul-2020 12:00:00"},
		{`s = datestr(738000.5, 'yyyy-mm-dd HH:MM:SS');`, "s", "2020-07-28 12:00:00"},
		{`s = datestr(738000.75, 16);`, "s", " 6:00 PM"},
		{`s = datestr(738000, 'dddd mmmm d');`, "s", "Tuesday July T"},
		{`s = datestr([2024 3 5 14 7 9], 31);`, "s", "2024-03-05 14:07:09"},
		{`e = etime([2024 1 1 0 0 10], [2024 1 1 0 0 0]);`, "e", []float64{10}},
		{`c = clock; n = numel(c);`, "n", []float64{6}},
		{`t = tic; x = toc(t) >= 0;`, "x", true},
		{`tic; pause(0.01); x = toc >= 0.01;`, "x", true},
		{`toc;`, "error", "You must call TIC without an output argument"},
		{`t = datetime(2026, 11, 29, 7, 3, 5); y = t.Year;`, "y", []float64{2026}},
		{`t = datetime('2024-02-29 10:20:30'); m = t.Minute;`, "m", []float64{20}},
		{`d = minus(datetime(2024,1,2), datetime(2024,1,1)); h = hours(d);`, "h", []float64{24}},
		{`t = plus(datetime(2024,1,31), days(1)); m = t.Month;`, "m", []float64{2}},
		{`x = minutes(hours(2));`, "x", []float64{120}},
		{`t = datetime('2024-01-15'); s = datestr(t, 29);`, "s", "2024-01-15"},
		{`t = datetime('15/01/2024 7:05', 'InputFormat', 'dd/MM/yyyy H:mm'); h = t.Hour;`, "h", []float64{7}},
		{`t = datetime('12:30 AM', 'InputFormat', 'hh:mm a'); h = t.Hour;`, "h", []float64{0}},
		{`t = datetime('2023-02-29', 'InputFormat', 'yyyy-MM-dd');`, "error", "Unable to convert '2023-02-29' to datetime"},
		{`t = datetime('2023', 'InputFormat', 'YYYY');`, "error", "unsupported symbol: 'Y'"},
		{`t = datetime(2024, 1, 1:3); x = t >= '2024-01-02';`, "x", []float64{0, 1, 1}},
		{`d = diff(datetime(2024, 1, [1 4])); x = days(d);`, "x", []float64{3}},
		{`d = [hours(1) days(1)]; x = hours(d);`, "x", []float64{1, 24}},
		{`x = hours(2) < hours(3);`, "x", true},
		{`t = datetime(2024, 1, 1:3); t2 = t([3 1]); x = day(t2);`, "x", []float64{3, 1}},
		{`t = datetime(738000.5, 'ConvertFrom', 'datenum'); x = t.Hour;`, "x", []float64{12}},
		{`t = datetime(2440587.5, 'ConvertFrom', 'juliandate'); x = year(t);`, "x", []float64{1970}},
		{`t = datetime(20140131, 'ConvertFrom', 'yyyymmdd'); x = day(t);`, "x", []float64{31}},
		{`t = datetime(0, 'ConvertFrom', 'excel1904'); x = year(t);`, "x", []float64{1904}},
		{`t = datetime([2024 2 29 10 0 0]); x = t.Minute;`, "x", []float64{0}},
		{`t = datetime(2024, 1, 31); t.Month = 2; x = [month(t) day(t)];`, "x", []float64{3, 2}},
		{`x = isnat([datetime(2024,1,1) NaT]);`, "x", []float64{0, 1}},
		{`t = NaT + days(1); x = isnat(t);`, "x", true},
		{`x = datetime(2024,1,1) > NaT;`, "x", false},
		{`x = hours(datetime(2024,1,1) - NaT);`, "x", []float64{nan}},
		{`t = datetime(''); x = isnat(t);`, "x", true},
		{`x = datenum(NaT);`, "x", []float64{nan}},
		{`x = size(NaT(2, 3));`, "x", []float64{2, 3}},
		{`x = [isdatetime(NaT) isduration(hours(1)) isdatetime(1)];`, "x", []float64{1, 1, 0}},
		{`x = seconds(milliseconds(1500));`, "x", []float64{1.5}},
		{`x = minutes(duration([1 30 0; 0 0 90]));`, "x", []float64{90, 1.5}},
		{`x = seconds(duration('01:00:02.5'));`, "x", []float64{3602.5}},
		{`x = hours(duration('1:02:00:00'));`, "x", []float64{26}},
		{`d = hours(2); d.Format = 'mm:ss'; f = d.Format;`, "f", "mm:ss"},
		{`d = hours(2); d.Format = 'xx';`, "error", "Unrecognized duration format"},
		{`x = hours(-hours(2) .* [1 2]);`, "x", []float64{-2, -4}},
		{`x = hours(abs(hours(-3)) ./ 2);`, "x", []float64{1.5}},
		{`x = hours(1) * hours(1);`, "error", "Multiplication is not defined between duration and duration"},
		{`x = 2 / hours(1);`, "error", "Division is not defined between double and duration"},
		{`x = datenum({'2024-03-31'; '2024-04-01'}, 'yyyy-mm-dd');`, "x", []float64{739342, 739343}},
		{`x = round((datenum('03/04/2021 05:06 PM', 'mm/dd/yyyy HH:MM PM') - datenum(2021,3,4)) * 1440);`, "x", []float64{17*60 + 6}},
		{`x = datenum('20240331T120000', 'yyyymmddTHHMMSS') - datenum(2024,3,31);`, "x", []float64{0.5}},
		{`x = datenum('2024-13', 'yyyy-mm');`, "error", "Unable to convert '2024-13'"},
	})
}

func TestTocAndDatetimeDisplay(t *testing.T) {
	_, out, err := runSource(t, "tic; toc")
	if err != nil || !strings.HasPrefix(out, "Elapsed time is 0.") || !strings.HasSuffix(out, " seconds.\n") {
		t.Errorf("toc printed %q (%v)", out, err)
	}
	_, out, err = runSource(t, "t = datetime(2026, 11, 29, 7, 3, 5)")
	want := "t = \n\n  datetime\n\n   29-Nov-2026 07:03:05\n\n"
	if err != nil || out != want {
		t.Errorf("display %q, want %q (%v)", out, want, err)
	}
	_, out, err = runSource(t, "t = [datetime(2024,1,1) NaT]")
	want = "t = \n\n  1×2 datetime array\n\n   01-Jan-2024   NaT        \n\n"
	if err != nil || out != want {
		t.Errorf("display %q, want %q (%v)", out, want, err)
	}
	_, out, err = runSource(t, "d = minus(datetime(2024,1,1,1,30,0), datetime(2024,1,1))")
	want = "d = \n\n  duration\n\n   01:30:00\n\n"
	if err != nil || out != want {
		t.Errorf("display %q, want %q (%v)", out, want, err)
	}
}

func TestTimeAssignment(t *testing.T) {
	runCases(t, []evalCase{
		{`t = datetime(2024, 1, 1:3); t(2) = datetime(2025, 5, 5); x = [year(t); day(t)];`, "x", []float64{2024, 1, 2025, 5, 2024, 3}},
		{`t = datetime(2024, 1, 1:3); t(end+2) = datetime(2024, 2, 1); x = isnat(t);`, "x", []float64{0, 0, 0, 1, 0}},
		{`t = datetime(2024, 1, 1:3); t([1 3]) = NaT; x = isnat(t);`, "x", []float64{1, 0, 1}},
		{`t = datetime(2024, 1, 1:4); t(2:3) = []; x = day(t);`, "x", []float64{1, 4}},
		{`t = datetime(2024, 1, 1:2); t(:) = datetime(2020, 6, 6); x = month(t);`, "x", []float64{6, 6}},
		{`t = datetime(2024, 1, 1:2); t(2) = '05-Mar-2024 10:30:00'; x = [month(t(2)) hour(t(2))];`, "x", []float64{3, 10}},
		{`t = datetime(2024, 1, 1:2); t.Format = 'dd/MM/yyyy'; t(1) = '07/03/2021'; x = [day(t(1)) month(t(1))];`, "x", []float64{7, 3}},
		{`t = datetime(2024, 1, 1:2); t(2) = {'NaT'}; x = isnat(t);`, "x", []float64{0, 1}},
		{`t = datetime(2024, 1, 1:2); t.Format = 'yyyy'; t(3) = datetime(2020, 1, 1); f = t.Format;`, "f", "yyyy"},
		{`t = datetime(2024, 1, 1:2); t(2) = 5;`, "error", "must be a datetime array or text representing dates"},
		{`t = datetime(2024, 1, 1:2); t(2) = 'not a date';`, "error", "Could not recognize the date/time format"},
		{`t = datetime(2024, 1, 1:3); t(1:2) = [datetime(2020,1,1) datetime(2020,1,2) datetime(2020,1,3)];`, "error", "elements"},
		{`d = hours(1:3); d(2) = minutes(30); x = minutes(d);`, "x", []float64{60, 30, 180}},
		{`d = hours(1:3); d(5) = hours(9); x = hours(d);`, "x", []float64{1, 2, 3, 0, 9}},
		{`d = hours(1:3); d(1) = []; x = hours(d);`, "x", []float64{2, 3}},
		{`d = hours(1:2); d(1) = '00:30:00'; x = minutes(d);`, "x", []float64{30, 120}},
		{`d = hours(1); d(2) = 1; x = hours(d);`, "x", []float64{1, 24}},
		{`d = hours(1); d.Format = 'm'; d(2) = hours(1); f = d.Format;`, "f", "m"},
		{`d = hours(1:2); d(1) = datetime(2024, 1, 1);`, "error", "assignment into a duration array"},
		{`d = hours(1:2); d(1) = NaN; x = isnan(hours(d));`, "x", []float64{1, 0}},
	})
}

func TestWeekdayDatevec(t *testing.T) {
	nan := math.NaN()
	runCases(t, []evalCase{
		{`x = weekday(738000);`, "x", []float64{3}},
		{`[n, s] = weekday(738000);`, "s", "Tue"},
		{`[n, s] = weekday('21-Dec-2012', 'long');`, "s", "Friday"},
		{`[n, s] = weekday([734999; 735015], 'long'); x = size(s);`, "x", []float64{2, 8}},
		{`x = weekday(datetime(2024, 1, [1 6 7]));`, "x", []float64{2, 7, 1}},
		{`x = weekday([1 NaN]);`, "x", []float64{7, nan}},
		{`x = weekday(738000, 'medium');`, "error", "DayForm must be"},
		{`x = day(datetime(2024, 3, 1), 'dayofyear');`, "x", []float64{61}},
		{`x = day(datetime(2024, 3, 1), 'dayofweek');`, "x", []float64{6}},
		{`c = day(datetime(2024, 3, 1), 'shortname'); x = c{1};`, "x", "Fri"},
		{`x = day(datetime(2024, 3, 1), 'week');`, "error", "day type must be"},
		{`x = datevec(738000.75);`, "x", []float64{2020, 7, 28, 18, 0, 0}},
		{`x = size(datevec([738000 738001; 738002 738003]));`, "x", []float64{4, 6}},
		{`x = datevec('24-Oct-2003 12:45:07');`, "x", []float64{2003, 10, 24, 12, 45, 7}},
		{`x = datevec('09/16/2007', 'mm/dd/yyyy');`, "x", []float64{2007, 9, 16, 0, 0, 0}},
		{`x = datevec('03/24/61', 'mm/dd/yy', 1900);`, "x", []float64{1961, 3, 24, 0, 0, 0}},
		{`x = datevec('03/24/61', 1950, 'mm/dd/yy');`, "x", []float64{1961, 3, 24, 0, 0, 0}},
		{`x = datevec('03/24/49', 'mm/dd/yy', 1950);`, "x", []float64{2049, 3, 24, 0, 0, 0}},
		{`x = datevec('Mar.05,2024');`, "x", []float64{2024, 3, 5, 0, 0, 0}},
		{`x = datevec('2024-03-05 06:07:08');`, "x", []float64{2024, 3, 5, 6, 7, 8}},
		{`v = datevec('10:20:30 PM'); x = v(2:6);`, "x", []float64{1, 1, 22, 20, 30}},
		{`[y, m, d] = datevec({'2012-03-01'; '2013-04-02'}); x = [y m d];`, "x", []float64{2012, 2013, 3, 4, 1, 2}},
		{`[y, m, d, h, mi, s] = datevec(datetime(2024, 2, 29, 10, 20, 30.5)); x = [h mi s];`, "x", []float64{10, 20, 30.5}},
		{`x = datevec(NaT);`, "x", []float64{nan, nan, nan, nan, nan, nan}},
		{`x = datevec('foo');`, "error", "Cannot parse date 'foo'"},
		{`x = datevec('2024-13-01', 'yyyy-mm-dd');`, "error", "DATEVEC failed"},
		{`x = datevec(738000, 'yyyy');`, "error", "only valid with text input"},
		{`x = datenum('03/24/61', 'mm/dd/yy', 1900);`, "x", []float64{716324}},
		{`x = datenum('24-Oct-2003');`, "x", []float64{731878}},
	})
}
