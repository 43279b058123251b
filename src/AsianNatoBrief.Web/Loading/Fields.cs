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
/// is rejected and <see cref="Accept{T}"/> hands back nothing to build from. Every
/// reference is recorded, with the item's id and aliases, so that the validator checks the references
/// of a rejected item too and other files' references to it are not reported as unknown.
/// </summary>
internal sealed partial class Fields
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

    private DiagnosticBag Diagnostics { get; }

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
