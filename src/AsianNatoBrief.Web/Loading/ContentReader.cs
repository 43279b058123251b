using System.IO.Hashing;
using System.Text;

namespace AsianNatoBrief.Web.Loading;

/// <summary>
/// Reads the files of a content folder — YAML data files, Markdown files with front matter — reporting
/// missing files and malformed YAML, and hands each item's mapping to <see cref="ContentMapping"/>, which
/// turns fields into DTOs. Meaning (references, slugs, dates) is checked afterwards by <see cref="ContentValidator"/>.
/// </summary>
internal static class ContentReader
{
    public static RawContent Read(string root, DiagnosticBag diagnostics)
    {
        var hash = new IncrementalHashBuilder();
        var unreadable = new List<KeyValuePair<string, string?>>();
        var items = new List<ItemEnvelope>();
        SiteDto? site = null;
        if (ReadYamlFile(root, "site.yaml", diagnostics, hash, required: true) is { } siteNode
            && Expect<YamlMap>(siteNode, "site.yaml", "a mapping of site settings", diagnostics) is { } siteMap)
        {
            site = Map(new Fields(siteMap, "site.yaml", diagnostics, ContentMapping.Site), ContentMapping.ReadSite, null, items);
        }

        var sources = ReadList(root, "sources.yaml", ContentMapping.Source, ContentMapping.ReadSource, diagnostics, hash, unreadable, items);
        var dimensions = ReadList(root, "dimensions.yaml", ContentMapping.Dimension, ContentMapping.ReadDimension, diagnostics, hash, unreadable, items);
        var events = ReadList(root, "timeline.yaml", ContentMapping.Event, ContentMapping.ReadEvent, diagnostics, hash, unreadable, items);

        var actors = ReadMarkdownFolder(root, "actors", ContentMapping.Actor, ContentMapping.ReadActor, diagnostics, hash, unreadable, items);
        var reactions = ReadMarkdownFolder(root, "reactions", ContentMapping.Reaction, ContentMapping.ReadReaction, diagnostics, hash, unreadable, items);
        var positions = ReadMarkdownFolder(root, "positions", ContentMapping.Position, ContentMapping.ReadPosition, diagnostics, hash, unreadable, items);

        var frameworks = new List<FrameworkDto>();
        foreach (var path in ListFiles(root, "frameworks", ".yaml"))
        {
            if (ReadYamlFile(root, path, diagnostics, hash, required: true) is { } node
                && Expect<YamlMap>(node, path, "a mapping of framework fields", diagnostics) is { } map)
            {
                if (Map(new Fields(map, path, diagnostics, ContentMapping.Framework), ContentMapping.ReadFramework, null, items) is { } framework)
                {
                    frameworks.Add(framework);
                }
            }
            else
            {
                unreadable.Add(new(ContentMapping.Framework, System.IO.Path.GetFileNameWithoutExtension(path)));
            }
        }

        return new RawContent
        {
            Root = root,
            Site = site,
            Sources = sources,
            Actors = actors,
            Reactions = reactions,
            Positions = positions,
            Dimensions = dimensions,
            Frameworks = frameworks,
            Events = events,
            Unreadable = unreadable,
            Items = items,
            Version = hash.Finish(),
        };
    }

    /// <summary>The files of a content sub-folder with the given extension, as paths relative to the root, in name order.</summary>
    private static List<string> ListFiles(string root, string folder, string extension)
    {
        var directory = System.IO.Path.Combine(root, folder);
        if (!Directory.Exists(directory))
        {
            return [];
        }

        return [.. Directory.EnumerateFiles(directory, "*" + extension, SearchOption.TopDirectoryOnly)
            .Select(f => $"{folder}/{System.IO.Path.GetFileName(f)}")
            .Order(StringComparer.Ordinal)];
    }

    private static YamlValue? ReadYamlFile(string root, string path, DiagnosticBag diagnostics, IncrementalHashBuilder hash, bool required)
    {
        var full = System.IO.Path.Combine(root, path);
        if (!File.Exists(full))
        {
            if (required)
            {
                diagnostics.Add(path, 1, 1, DiagnosticCodes.MissingFile, $"missing file '{path}'");
            }

            return null;
        }

        var text = File.ReadAllText(full);
        hash.Add(path, text);
        var before = diagnostics.Count;
        var node = YamlTree.Parse(text, path, 0, diagnostics);
        if (node is null && diagnostics.Count == before)
        {
            diagnostics.Add(path, 1, 1, DiagnosticCodes.MissingField, $"'{path}' is empty");
        }

        return node;
    }

    private static T? Expect<T>(YamlValue node, string path, string what, DiagnosticBag diagnostics)
        where T : YamlValue
    {
        if (node is T typed)
        {
            return typed;
        }

        diagnostics.Add(path, node.Line, node.Column, DiagnosticCodes.WrongType, $"'{path}' must hold {what}, found {node.Describe}");
        return null;
    }

    /// <summary>Maps one item and records its envelope; the DTO is null when the item was rejected.</summary>
    private static T? Map<T>(Fields fields, Func<Fields, T?> read, MarkdownDto? body, List<ItemEnvelope> items)
        where T : class
    {
        var result = read(fields);
        fields.Finish();
        items.Add(new ItemEnvelope
        {
            Path = fields.Path,
            Line = fields.Line,
            Column = fields.Column,
            What = fields.What,
            Id = fields.ItemId,
            Aliases = fields.ItemAliases,
            References = fields.References,
            Body = body,
        });
        return result;
    }

    private static List<T> ReadList<T>(string root, string path, string what, Func<Fields, T?> read, DiagnosticBag diagnostics,
        IncrementalHashBuilder hash, List<KeyValuePair<string, string?>> unreadable, List<ItemEnvelope> items)
        where T : class
    {
        var result = new List<T>();
        if (ReadYamlFile(root, path, diagnostics, hash, required: true) is not { } node
            || Expect<YamlList>(node, path, $"a list of {what} entries", diagnostics) is not { } list)
        {
            unreadable.Add(new(what, null));
            return result;
        }

        foreach (var item in list.Items)
        {
            if (Expect<YamlMap>(item, path, $"a mapping for each {what}", diagnostics) is { } map)
            {
                if (Map(new Fields(map, path, diagnostics, what), read, null, items) is { } dto)
                {
                    result.Add(dto);
                }
            }
        }

        return result;
    }

    private static List<T> ReadMarkdownFolder<T>(string root, string folder, string what, Func<Fields, MarkdownDto, T?> read,
        DiagnosticBag diagnostics, IncrementalHashBuilder hash, List<KeyValuePair<string, string?>> unreadable, List<ItemEnvelope> items)
        where T : class
    {
        var result = new List<T>();
        var files = ListFiles(root, folder, ".md");
        var parsed = ParseMarkdownFiles(root, files);
        for (var i = 0; i < files.Count; i++)
        {
            var path = files[i];
            var file = parsed[i];
            hash.Add(path, file.Text);
            if (file.Yaml is null)
            {
                diagnostics.Add(path, 1, 1, DiagnosticCodes.MalformedYaml,
                    "missing front matter: the file must start with a line '---', then YAML fields, then a line '---'");
                unreadable.Add(new(what, System.IO.Path.GetFileNameWithoutExtension(path)));
                continue;
            }

            diagnostics.AddRange(file.Diagnostics);
            var node = file.Node;
            if (node is null || Expect<YamlMap>(node, path, $"front matter with the {what}'s fields", diagnostics) is not { } map)
            {
                if (node is null && file.Diagnostics.Count == 0)
                {
                    diagnostics.Add(path, 2, 1, DiagnosticCodes.MissingField, "the front matter holds no fields");
                }

                unreadable.Add(new(what, System.IO.Path.GetFileNameWithoutExtension(path)));
                continue;
            }

            var body = file.Body ?? throw new InvalidOperationException($"{path}: front matter was read but not the body");
            if (Map(new Fields(map, path, diagnostics, what), f => read(f, body), body, items) is { } item)
            {
                result.Add(item);
            }
        }

        return result;
    }

    /// <summary>One Markdown file read and parsed (front matter and body), independently of every other file.</summary>
    private sealed record ParsedMarkdownFile(string Text, string? Yaml, YamlValue? Node, DiagnosticBag Diagnostics, MarkdownDto? Body);

    /// <summary>
    /// Reads and parses the files of a folder in parallel: parsing dominates loading large content, and each
    /// file is independent (the YAML reader keeps its state per thread; Markdig's pipeline is thread-safe).
    /// Everything order-dependent (hash, diagnostics, results) is done afterwards, in file order.
    /// </summary>
    private static ParsedMarkdownFile[] ParseMarkdownFiles(string root, List<string> files)
    {
        var parsed = new ParsedMarkdownFile[files.Count];
        IOException? failure = null;
        Parallel.For(0, files.Count, (i, state) =>
        {
            try
            {
                var path = files[i];
                var text = File.ReadAllText(System.IO.Path.Combine(root, path));
                var local = new DiagnosticBag();
                if (!TrySplitFrontMatter(text, out var yaml))
                {
                    parsed[i] = new ParsedMarkdownFile(text, null, null, local, null);
                    return;
                }

                var node = YamlTree.Parse(yaml, path, lineOffset: 1, local);
                var body = node is YamlMap ? MarkdownRendering.Parse(text) : null;
                parsed[i] = new ParsedMarkdownFile(text, yaml, node, local, body);
            }
            catch (IOException e)
            {
                Interlocked.CompareExchange(ref failure, e, null);
                state.Stop();
            }
        });

        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }

        return parsed;
    }

    /// <summary>Extracts the YAML between a first line <c>---</c> and the next line <c>---</c> (or <c>...</c>).</summary>
    private static bool TrySplitFrontMatter(string text, out string yaml)
    {
        yaml = "";
        using var reader = new StringReader(text);
        if (reader.ReadLine()?.TrimEnd() != "---")
        {
            return false;
        }

        var lines = new StringBuilder();
        while (reader.ReadLine() is { } line)
        {
            if (line.TrimEnd() is "---" or "...")
            {
                yaml = lines.ToString();
                return true;
            }

            lines.Append(line).Append('\n');
        }

        return false;
    }

    /// <summary>
    /// Hashes file names and contents in read order into a short version string (64 bits of XXH3, as 16 hex
    /// digits). The version tells snapshots apart and tags their responses; nothing relies on it being hard to
    /// forge, so a non-cryptographic hash does, and the server never loads the platform's crypto library for it.
    /// </summary>
    private sealed class IncrementalHashBuilder
    {
        private readonly XxHash3 hash = new();

        public void Add(string path, string text)
        {
            hash.Append(Encoding.UTF8.GetBytes(path));
            hash.Append([0]);
            hash.Append(Encoding.UTF8.GetBytes(text));
            hash.Append([0]);
        }

        public string Finish() => Convert.ToHexStringLower(hash.GetCurrentHash());
    }
}
