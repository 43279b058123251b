using AsianNatoBrief.Web.Model;

namespace AsianNatoBrief.Web.Loading;

/// <summary>A value read from content, with the 1-based position it was written at.</summary>
internal sealed record Located<T>(T Value, int Line, int Column);

/// <summary>A reference from one item to another, by the field it was written in and the kind it names.</summary>
internal sealed record ItemReference(string Field, string What, Located<string> Value);

/// <summary>
/// Reads the fields of one YAML mapping into typed values — texts, dates, words of a vocabulary,
/// addresses, references — reporting missing required fields, wrong types and bad values and (on
/// <see cref="Finish"/>) unknown fields: every problem, not just the first. A required field always
/// yields a value, so DTOs hold no nulls for what they require; when one could not be read the item
/// is <see cref="Rejected"/> and <see cref="Accept{T}"/> hands back nothing to build from. Every
/// reference is recorded, with the item's id and aliases, so that the validator checks the references
/// of a rejected item too and other files' references to it are not reported as unknown.
/// </summary>
internal sealed class Fields
{
    private readonly YamlMap map;
    private readonly string what;
    private readonly Fields? parent;
    private readonly HashSet<string> known = new(StringComparer.Ordinal);
    private readonly List<ItemReference> references;
    private bool rejected;

    public Fields(YamlMap map, string path, DiagnosticBag diagnostics, string what)
        : this(map, path, diagnostics, what, null)
    {
    }

    private Fields(YamlMap map, string path, DiagnosticBag diagnostics, string what, Fields? parent)
    {
        this.map = map;
        this.what = what;
        this.parent = parent;
        Path = path;
        Diagnostics = diagnostics;
        references = parent?.references ?? [];
    }

    public string Path { get; }

    /// <summary>What the mapping is, for messages: "reaction", "the value for 'members'".</summary>
    public string What => what;

    public int Line => map.Line;

    public int Column => map.Column;

    public DiagnosticBag Diagnostics { get; }

    /// <summary>True when a field this item needs could not be read: the item is reported and not built.</summary>
    public bool Rejected => rejected;

    /// <summary>Every reference read so far, from this mapping and the mappings nested in it.</summary>
    public IReadOnlyList<ItemReference> References => references;

    /// <summary>The item's id, once <see cref="Id"/> has read it.</summary>
    public Located<string>? ItemId { get; private set; }

    /// <summary>The item's former ids, once <see cref="Aliases"/> has read them.</summary>
    public IReadOnlyList<Located<string>> ItemAliases { get; private set; } = [];

    /// <summary>A mapping nested in this one (a list item, a value): its problems reject this item too.</summary>
    public Fields Nested(YamlMap nested, string nestedWhat) => new(nested, Path, Diagnostics, nestedWhat, this);

    /// <summary>The DTO, or null when a field it needs was not read.</summary>
    public T? Accept<T>(T item)
        where T : class => rejected ? null : item;

    /// <summary>Reports a problem that makes the item unusable.</summary>
    public void Reject(int line, int column, string code, string message)
    {
        Diagnostics.Add(Path, line, column, code, message);
        MarkRejected();
    }

    /// <summary>The item's id (required).</summary>
    public Located<string> Id()
    {
        ItemId = Text("id", required: true);
        return ItemId ?? Missing();
    }

    /// <summary>The item's former ids.</summary>
    public IReadOnlyList<Located<string>> Aliases() => ItemAliases = TextList("aliases", required: false);

    /// <summary>A required text: when missing, the item is rejected and a placeholder stands in.</summary>
    public Located<string> Required(string key) => Text(key, required: true) ?? Missing();

    /// <summary>Reads a text field; a required one that is missing or empty is reported.</summary>
    public Located<string>? Text(string key, bool required)
    {
        var value = Get(key, required);
        switch (value)
        {
            case null:
                return null;
            case YamlText blank when blank.IsNull || string.IsNullOrWhiteSpace(blank.Value):
                if (required)
                {
                    Reject(value.Line, value.Column, DiagnosticCodes.MissingField, $"field '{key}' of {what} is empty");
                }

                return null;
            case YamlText text:
                return new Located<string>(text.Value.Trim(), text.Line, text.Column);
            default:
                WrongType(key, value, "a text");
                return null;
        }
    }

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

    /// <summary>An optional date.</summary>
    public Located<PartialDate>? OptionalDate(string key) => Text(key, required: false) is { } text ? ParseDate(text) : null;

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

    /// <summary>Reads a list of texts; a single text is not accepted, so the shape stays uniform.</summary>
    public IReadOnlyList<Located<string>> TextList(string key, bool required, bool nonEmpty = false)
    {
        var value = Get(key, required);
        if (value is null or YamlText { IsNull: true })
        {
            if (value is not null && required)
            {
                Reject(value.Line, value.Column, DiagnosticCodes.MissingField, $"field '{key}' of {what} is empty");
            }

            return [];
        }

        if (value is not YamlList list)
        {
            WrongType(key, value, "a list");
            return [];
        }

        if (nonEmpty && list.Items.Count == 0)
        {
            // An empty list still reads as a list: the item is reported but can be checked further.
            Diagnostics.Add(Path, list.Line, list.Column, DiagnosticCodes.EmptyList, $"field '{key}' of {what} must list at least one item");
        }

        var result = new List<Located<string>>(list.Items.Count);
        foreach (var item in list.Items)
        {
            if (item is YamlText { IsNull: false } text && !string.IsNullOrWhiteSpace(text.Value))
            {
                result.Add(new Located<string>(text.Value.Trim(), text.Line, text.Column));
            }
            else
            {
                Reject(item.Line, item.Column, DiagnosticCodes.WrongType, $"each item of '{key}' must be a text, found {item.Describe}");
            }
        }

        return result;
    }

    /// <summary>Reads a mapping field.</summary>
    public YamlMap? Map(string key, bool required)
    {
        var value = Get(key, required);
        switch (value)
        {
            case null:
                return null;
            case YamlMap found:
                return found;
            default:
                WrongType(key, value, "a mapping");
                return null;
        }
    }

    /// <summary>Reads a list of mappings, handing each to <paramref name="read"/>; a bad item rejects this item.</summary>
    public IReadOnlyList<T> MapList<T>(string key, bool required, Func<Fields, T> read, string itemWhat)
        where T : class
    {
        var value = Get(key, required);
        if (value is null or YamlText { IsNull: true })
        {
            return [];
        }

        if (value is not YamlList list)
        {
            WrongType(key, value, "a list");
            return [];
        }

        var result = new List<T>(list.Items.Count);
        foreach (var item in list.Items)
        {
            if (item is YamlMap itemMap)
            {
                var fields = Nested(itemMap, itemWhat);
                var read1 = read(fields);
                fields.Finish();
                result.Add(read1);
            }
            else
            {
                Reject(item.Line, item.Column, DiagnosticCodes.WrongType, $"each item of '{key}' must be a mapping, found {item.Describe}");
            }
        }

        return result;
    }

    /// <summary>Reports every key that no reader asked for.</summary>
    public void Finish()
    {
        foreach (var (key, _) in map.Entries)
        {
            if (!known.Contains(key.Value))
            {
                var hint = Suggest.Closest(key.Value, known);
                Diagnostics.Add(Path, key.Line, key.Column, DiagnosticCodes.UnknownField,
                    $"unknown field '{key.Value}' in {what}" + (hint is null ? "" : $" — did you mean '{hint}'?"));
            }
        }
    }

    private Located<string> Missing()
    {
        MarkRejected();
        return new Located<string>("", Line, Column);
    }

    private void MarkRejected()
    {
        for (var f = this; f is not null; f = f.parent)
        {
            f.rejected = true;
        }
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

    private YamlValue? Get(string key, bool required)
    {
        known.Add(key);
        foreach (var (k, v) in map.Entries)
        {
            if (k.Value == key)
            {
                return v;
            }
        }

        if (required)
        {
            Reject(map.Line, map.Column, DiagnosticCodes.MissingField, $"missing required field '{key}' in {what}");
        }

        return null;
    }

    private void WrongType(string key, YamlValue value, string expected) =>
        Reject(value.Line, value.Column, DiagnosticCodes.WrongType, $"field '{key}' of {what} must be {expected}, found {value.Describe}");
}

/// <summary>Did-you-mean suggestions by edit distance.</summary>
internal static class Suggest
{
    /// <summary>The candidate closest to <paramref name="wrong"/>, if it is close enough to be a likely typo.</summary>
    public static string? Closest(string wrong, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(wrong, candidate);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        var limit = Math.Max(2, wrong.Length / 3);
        return bestDistance <= limit ? best : null;
    }

    /// <summary>Levenshtein distance.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
