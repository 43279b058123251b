using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace AsianNatoBrief.Web.Loading;

// A minimal YAML tree that keeps the 1-based line and column of every node. YamlDotNet's own
// representation model throws on the first duplicate key; reading the event stream lets the loader
// report every duplicate key, and every other problem, in one pass.

internal abstract record YamlValue(int Line, int Column)
{
    public abstract string Describe { get; }
}

internal sealed record YamlText(string Value, bool IsNull, int Line, int Column) : YamlValue(Line, Column)
{
    public override string Describe => IsNull ? "nothing" : "a text";
}

internal sealed record YamlList(IReadOnlyList<YamlValue> Items, int Line, int Column) : YamlValue(Line, Column)
{
    public override string Describe => "a list";
}

internal sealed record YamlMap(IReadOnlyList<KeyValuePair<YamlText, YamlValue>> Entries, int Line, int Column) : YamlValue(Line, Column)
{
    public override string Describe => "a mapping";
}

internal static class YamlTree
{
    // Where the last event ended, for errors that YamlDotNet raises without a position.
    [ThreadStatic]
    private static int lastLine;

    [ThreadStatic]
    private static int lastColumn;

    /// <summary>
    /// Reads one YAML document. <paramref name="lineOffset"/> shifts reported lines, for YAML embedded
    /// in a Markdown file. Returns null (with diagnostics) when the text is not well-formed YAML.
    /// </summary>
    public static YamlValue? Parse(string text, string path, int lineOffset, DiagnosticBag diagnostics)
    {
        lastLine = 1;
        lastColumn = 1;
        try
        {
            var parser = new Parser(new StringReader(text));
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = parser.Accept<DocumentEnd>(out _) ? null : Read(parser, path, lineOffset, diagnostics);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                var start = parser.Current!.Start;
                diagnostics.Add(path, (int)start.Line + lineOffset, (int)start.Column, DiagnosticCodes.MalformedYaml,
                    "malformed YAML: a file holds one document only");
                return null;
            }

            return root;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner sometimes fails this way on unterminated flow collections; report where reading stopped.
            diagnostics.Add(path, lastLine + lineOffset, lastColumn, DiagnosticCodes.MalformedYaml,
                
                "malformed YAML: cannot read past this point; check for an unclosed bracket or quote");
            return null;
        }
        catch (YamlException e)
        {
            var message = e.InnerException?.Message ?? e.Message;
            var cut = message.IndexOf("): ", StringComparison.Ordinal);
            message = cut >= 0 && message.StartsWith('(') ? message[(cut + 3)..] : message;
            diagnostics.Add(path, (int)e.Start.Line + lineOffset, (int)e.Start.Column, DiagnosticCodes.MalformedYaml,
                $"malformed YAML: {message.TrimEnd('.')}");
            return null;
        }
    }

    private static YamlValue Read(IParser parser, string path, int lineOffset, DiagnosticBag diagnostics)
    {
        var ev = parser.Current ?? throw new YamlException("unexpected end of YAML");
        var line = (int)ev.Start.Line + lineOffset;
        var column = (int)ev.Start.Column;
        (lastLine, lastColumn) = ((int)ev.End.Line, (int)ev.End.Column);
        parser.MoveNext();
        switch (ev)
        {
            case AnchorAlias:
                throw new YamlException(ev.Start, ev.End, "anchors and aliases are not supported in content");
            case Scalar scalar:
                if (!scalar.Anchor.IsEmpty)
                {
                    throw new YamlException(ev.Start, ev.End, "anchors and aliases are not supported in content");
                }

                var isNull = scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL";
                return new YamlText(scalar.Value, isNull, line, column);
            case SequenceStart:
                var items = new List<YamlValue>();
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    items.Add(Read(parser, path, lineOffset, diagnostics));
                }

                return new YamlList(items, line, column);
            case MappingStart:
                var entries = new List<KeyValuePair<YamlText, YamlValue>>();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    var key = Read(parser, path, lineOffset, diagnostics);
                    var value = Read(parser, path, lineOffset, diagnostics);
                    if (key is not YamlText textKey)
                    {
                        diagnostics.Add(path, key.Line, key.Column, DiagnosticCodes.MalformedYaml,
                            "malformed YAML: a key must be a plain text");
                        continue;
                    }

                    if (!seen.Add(textKey.Value))
                    {
                        diagnostics.Add(path, textKey.Line, textKey.Column, DiagnosticCodes.DuplicateKey,
                            $"duplicate key '{textKey.Value}'");
                        continue;
                    }

                    entries.Add(new(textKey, value));
                }

                return new YamlMap(entries, line, column);
            default:
                throw new YamlException(ev.Start, ev.End, $"unexpected {ev.GetType().Name}");
        }
    }
}
