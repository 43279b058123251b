using System.Globalization;

namespace AsianNatoBrief.Web.Model;

/// <summary>
/// A date known to the year, the month or the day, shown and sorted at the precision it has.
/// </summary>
public readonly record struct PartialDate(int Year, int? Month = null, int? Day = null) : IComparable<PartialDate>
{
    private static readonly string[] MonthNames =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    /// <summary>The English name of a month (1 = January), as dates are shown on the site and in citations.</summary>
    public static string MonthName(int month) => MonthNames[month - 1];

    /// <summary>How much of the date is known.</summary>
    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>; returns an explanation when the text is not such a date.</summary>
    public static bool TryParse(string text, out PartialDate date, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        date = default;
        error = null;
        var parts = text.Split('-');
        if (parts.Length is < 1 or > 3 || parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length != 2)
            || !parts.All(p => p.All(char.IsAsciiDigit)))
        {
            error = $"malformed date '{text}': write YYYY, YYYY-MM or YYYY-MM-DD";
            return false;
        }

        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        if (year < 1000)
        {
            error = $"impossible date '{text}': year {year} is out of range";
            return false;
        }

        int? month = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : null;
        if (month is < 1 or > 12)
        {
            error = $"impossible date '{text}': there is no month {month}";
            return false;
        }

        int? day = parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : null;
        if (day is not null && (day < 1 || day > DateTime.DaysInMonth(year, month!.Value)))
        {
            error = $"impossible date '{text}': {MonthNames[month!.Value - 1]} {year} has no day {day}";
            return false;
        }

        date = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>ISO 8601 form at the known precision: <c>2024</c>, <c>2024-10</c>, <c>2024-10-01</c>.</summary>
    public string Iso => Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    /// <summary>Human form at the known precision: <c>2024</c>, <c>October 2024</c>, <c>1 October 2024</c>.</summary>
    public string Display => Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Day} {MonthNames[Month!.Value - 1]} {Year}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{MonthNames[Month!.Value - 1]} {Year}"),
        _ => Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The earliest day the date can mean, for feeds and sitemaps that need a full date.</summary>
    public DateOnly FirstDay => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>Orders by year, then month, then day; a less precise date sorts before a more precise one in the same period.</summary>
    public int CompareTo(PartialDate other)
    {
        var c = Year.CompareTo(other.Year);
        if (c != 0)
        {
            return c;
        }

        c = (Month ?? 0).CompareTo(other.Month ?? 0);
        return c != 0 ? c : (Day ?? 0).CompareTo(other.Day ?? 0);
    }

    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    public override string ToString() => Iso;
}

/// <summary>How much of a <see cref="PartialDate"/> is known.</summary>
public enum DatePrecision
{
    Year,
    Month,
    Day,
}
