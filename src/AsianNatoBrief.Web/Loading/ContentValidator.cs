namespace AsianNatoBrief.Web.Loading;

/// <summary>
/// Checks what holds across items — slugs, unique ids and aliases, references, complete comparisons,
/// internal links and the rules that join an item's fields — adding one diagnostic per problem. (Each
/// field's own shape and value, such as a date or a word of a vocabulary, is checked as it is read, by
/// <see cref="Fields"/>.) Its parts: the id
/// registry (<c>ContentValidator.Registry.cs</c>), one rule set per kind of item
/// (<c>ContentValidator.Rules.cs</c>) and the rules for internal links (<c>ContentValidator.Links.cs</c>),
/// over the shared checks here.
/// </summary>
internal sealed partial class ContentValidator
{
    private readonly RawContent content;
    private readonly DiagnosticBag diagnostics;
    private readonly Registry actors = new(ContentMapping.Actor);
    private readonly Registry reactions = new(ContentMapping.Reaction);
    private readonly Registry positions = new(ContentMapping.Position);
    private readonly Registry frameworks = new(ContentMapping.Framework);
    private readonly Registry dimensions = new(ContentMapping.Dimension);
    private readonly Registry sources = new(ContentMapping.Source);
    private readonly Registry events = new(ContentMapping.Event);
    private readonly Dictionary<string, Registry> byWhat;

    private ContentValidator(RawContent content, DiagnosticBag diagnostics)
    {
        this.content = content;
        this.diagnostics = diagnostics;
        byWhat = new[] { actors, reactions, positions, frameworks, dimensions, sources, events }.ToDictionary(r => r.What, StringComparer.Ordinal);
    }

    public static void Validate(RawContent content, DiagnosticBag diagnostics) =>
        new ContentValidator(content, diagnostics).Run();

    private void Run()
    {
        RegisterAll();
        CheckReferences();
        CheckSite();
        CheckSources();
        CheckActors();
        CheckReactions();
        CheckDimensions();
        CheckFrameworks();
        CheckLinks();
    }

    /// <summary>Every reference of every item, accepted or rejected, must name an item of its kind.</summary>
    private void CheckReferences()
    {
        foreach (var item in content.Items)
        {
            foreach (var reference in item.References)
            {
                Reference(item.Path, reference.Value, byWhat[reference.What]);
            }
        }
    }

    /// <summary>Reports a reference to an id that does not exist.</summary>
    private void Reference(string path, Located<string> value, Registry registry)
    {
        if (registry.Ids.ContainsKey(value.Value) || registry.Incomplete || registry.Placeholders.Contains(value.Value))
        {
            // Good, or its item's own file could not be read and is reported already: do not report every reference to it again.
            return;
        }

        if (registry.AliasTargets.TryGetValue(value.Value, out var renamed))
        {
            Error(path, value.Line, value.Column, DiagnosticCodes.UnknownReference,
                $"{registry.What} '{value.Value}' was renamed: refer to it as '{renamed}'");
            return;
        }

        var hint = Suggest.Closest(value.Value, registry.Ids.Keys);
        Error(path, value.Line, value.Column, DiagnosticCodes.UnknownReference,
            $"unknown {registry.What} '{value.Value}'" + (hint is null ? "" : $" — did you mean '{hint}'?"));
    }

    private void Error(string path, int line, int column, string code, string message) =>
        diagnostics.Add(path, line, column, code, message);

    private readonly record struct Where(string Path, int Line, int Column)
    {
        public override string ToString() => $"{Path}:{Line}:{Column}";
    }
}
