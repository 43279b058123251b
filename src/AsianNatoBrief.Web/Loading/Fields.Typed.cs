using AsianNatoBrief.Web.Model;

namespace AsianNatoBrief.Web.Loading;

/// <summary>The typed readers of <see cref="Fields"/>: dates, vocabulary words, flags, addresses and references.</summary>
internal sealed partial class Fields
{
    /// <summary>A required date, <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
    public Located<PartialDate> Date(string key) => ParseDate(Required(key)) ?? new(default, Line, Column);

    /// <summary>A required date given to the day, <c>YYYY-MM-DD</c>.</summary>
    public Located<PartialDate> Day(string key)
    {
        var text = Required(key);
        var date = ParseDate(text);
        if (date is not null && date.Value.Precision != DatePrecision.Day)
        {
            Reject(text.Line, text.Column, DiagnosticCodes.BadDate, $"'{key}' must be a full date (YYYY-MM-DD), found '{text.Value}'");
        }

        return date ?? new(default, Line, Column);
    }

    /// <summary>A required word of the vocabulary of <typeparamref name="T"/>.</summary>
    public Located<T> Word<T>(string key)
        where T : struct, Enum => ParseWord<T>(key, Required(key)) ?? new(default, Line, Column);

    /// <summary>An optional word of the vocabulary of <typeparamref name="T"/>.</summary>
    public Located<T>? OptionalWord<T>(string key)
        where T : struct, Enum => Text(key, required: false) is { } text ? ParseWord<T>(key, text) : null;

    /// <summary>An optional yes/no field.</summary>
    public bool Flag(string key)
    {
        var value = Get(key, required: false);
        switch (value)
        {
            case null:
                return false;
            case YamlText { Value: "true" or "yes" }:
                return true;
            case YamlText { Value: "false" or "no" }:
                return false;
            default:
                WrongType(key, value, "true or false");
                return false;
        }
    }

    /// <summary>An optional absolute http(s) address.</summary>
    public Located<Uri>? Url(string key)
    {
        if (Text(key, required: false) is not { } text)
        {
            return null;
        }

        if (Uri.TryCreate(text.Value, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http")
        {
            return new(uri, text.Line, text.Column);
        }

        Reject(text.Line, text.Column, DiagnosticCodes.InvalidValue, $"{key} '{text.Value}' must be an absolute http(s) address");
        return null;
    }

    /// <summary>A required reference to an item of kind <paramref name="target"/>.</summary>
    public Located<string> Ref(string key, string target) =>
        Text(key, required: true) is { } value ? Reference(key, target, value) : Missing();

    /// <summary>An optional reference to an item of kind <paramref name="target"/>.</summary>
    public Located<string>? OptionalRef(string key, string target) => Record(key, target, Text(key, required: false));

    /// <summary>A list of references to items of kind <paramref name="target"/>.</summary>
    public IReadOnlyList<Located<string>> Refs(string key, string target, bool required, bool nonEmpty = false)
    {
        var values = TextList(key, required, nonEmpty);
        foreach (var value in values)
        {
            Reference(key, target, value);
        }

        return values;
    }

    /// <summary>Records a reference read some other way (a mapping's key).</summary>
    public Located<string> Reference(string field, string target, Located<string> value)
    {
        references.Add(new ItemReference(field, target, value));
        return value;
    }

    private Located<string>? Record(string key, string target, Located<string>? value) =>
        value is null ? null : Reference(key, target, value);

    private Located<PartialDate>? ParseDate(Located<string> text)
    {
        if (text.Value.Length == 0)
        {
            return null;
        }

        if (PartialDate.TryParse(text.Value, out var date, out var error))
        {
            return new(date, text.Line, text.Column);
        }

        Reject(text.Line, text.Column, DiagnosticCodes.BadDate, error!);
        return null;
    }

    private Located<T>? ParseWord<T>(string key, Located<string> text)
        where T : struct, Enum
    {
        if (Vocabulary<T>.TryParse(text.Value, out var word))
        {
            return new(word, text.Line, text.Column);
        }

        if (text.Value.Length > 0)
        {
            var hint = Suggest.Closest(text.Value, Vocabulary<T>.Words);
            Reject(text.Line, text.Column, DiagnosticCodes.UnknownVocabulary,
                $"unknown {key} '{text.Value}'" + (hint is null ? "" : $" — did you mean '{hint}'?") + $" (one of {string.Join(", ", Vocabulary<T>.Words)})");
        }

        return null;
    }
}
