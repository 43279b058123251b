namespace AsianNatoBrief.Web.Loading;

/// <summary>A value read from content, with the 1-based position it was written at.</summary>
internal sealed record Located<T>(T Value, int Line, int Column);

/// <summary>
/// Reads the fields of one YAML mapping into typed values, reporting missing required fields, wrong
/// types and (on <see cref="Finish"/>) unknown fields — every problem, not just the first.
/// </summary>
internal sealed class Fields(YamlMap map, string path, DiagnosticBag diagnostics, string what)
{
    private readonly HashSet<string> known = new(StringComparer.Ordinal);

    public string Path => path;

    public int Line => map.Line;

    public int Column => map.Column;

    public DiagnosticBag Diagnostics => diagnostics;

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
                    diagnostics.Add(path, value.Line, value.Column, DiagnosticCodes.MissingField, $"field '{key}' of {what} is empty");
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
                diagnostics.Add(path, value.Line, value.Column, DiagnosticCodes.MissingField, $"field '{key}' of {what} is empty");
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
            diagnostics.Add(path, list.Line, list.Column, DiagnosticCodes.EmptyList, $"field '{key}' of {what} must list at least one item");
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
                diagnostics.Add(path, item.Line, item.Column, DiagnosticCodes.WrongType,
                    $"each item of '{key}' must be a text, found {item.Describe}");
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
            case YamlMap map:
                return map;
            default:
                WrongType(key, value, "a mapping");
                return null;
        }
    }

    /// <summary>Reads a list of mappings, handing each to <paramref name="read"/>.</summary>
    public IReadOnlyList<T> MapList<T>(string key, bool required, Func<Fields, T?> read, string itemWhat)
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
                var fields = new Fields(itemMap, path, diagnostics, itemWhat);
                var read1 = read(fields);
                fields.Finish();
                if (read1 is not null)
                {
                    result.Add(read1);
                }
            }
            else
            {
                diagnostics.Add(path, item.Line, item.Column, DiagnosticCodes.WrongType,
                    $"each item of '{key}' must be a mapping, found {item.Describe}");
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
                diagnostics.Add(path, key.Line, key.Column, DiagnosticCodes.UnknownField,
                    $"unknown field '{key.Value}' in {what}" + (hint is null ? "" : $" — did you mean '{hint}'?"));
            }
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
            diagnostics.Add(path, map.Line, map.Column, DiagnosticCodes.MissingField, $"missing required field '{key}' in {what}");
        }

        return null;
    }

    private void WrongType(string key, YamlValue value, string expected) =>
        diagnostics.Add(path, value.Line, value.Column, DiagnosticCodes.WrongType,
            $"field '{key}' of {what} must be {expected}, found {value.Describe}");
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
