using AsianNatoBrief.Web.Model;

namespace AsianNatoBrief.Web.Loading;

/// <summary>
/// Checks the meaning of read content — slugs, unique ids and aliases, references, vocabularies,
/// dates, complete comparisons and internal links — adding one diagnostic per problem. Its parts: the id
/// registry (<c>ContentValidator.Registry.cs</c>), one rule set per kind of item
/// (<c>ContentValidator.Rules.cs</c>) and the rules for internal links (<c>ContentValidator.Links.cs</c>),
/// over the shared checks here.
/// </summary>
internal sealed partial class ContentValidator(RawContent content, DiagnosticBag diagnostics)
{
    private readonly Registry actors = new("actor");
    private readonly Registry reactions = new("reaction");
    private readonly Registry positions = new("position");
    private readonly Registry frameworks = new("framework");
    private readonly Registry dimensions = new("dimension");
    private readonly Registry sources = new("source");
    private readonly Registry events = new("timeline event");

    public static void Validate(RawContent content, DiagnosticBag diagnostics) =>
        new ContentValidator(content, diagnostics).Run();

    private void Run()
    {
        RegisterAll();
        CheckSite();
        CheckSources();
        CheckActors();
        CheckReactions();
        CheckPositions();
        CheckDimensions();
        CheckFrameworks();
        CheckEvents();
        CheckLinks();
    }

    private void CheckAliasesDifferFromId(string path, Located<string>? id, IReadOnlyList<Located<string>> aliases)
    {
        foreach (var alias in aliases)
        {
            if (alias.Value == id?.Value)
            {
                Error(path, alias.Line, alias.Column, DiagnosticCodes.DuplicateId, $"alias '{alias.Value}' repeats the item's own id");
            }
        }
    }

    private PartialDate? CheckDate(string path, Located<string>? value)
    {
        if (value is null)
        {
            return null;
        }

        if (PartialDate.TryParse(value.Value, out var date, out var error))
        {
            return date;
        }

        Error(path, value.Line, value.Column, DiagnosticCodes.BadDate, error!);
        return null;
    }

    private void References(string path, IReadOnlyList<Located<string>> values, Registry registry)
    {
        foreach (var value in values)
        {
            Reference(path, value, registry);
        }
    }

    /// <summary>Reports a reference to an id that does not exist; true when the reference is good.</summary>
    private bool Reference(string path, Located<string>? value, Registry registry)
    {
        if (value is null || registry.Ids.ContainsKey(value.Value))
        {
            return true;
        }

        if (registry.Incomplete || registry.Placeholders.Contains(value.Value))
        {
            // The item's own file could not be read and is reported already; do not report every reference to it again.
            return false;
        }

        if (registry.AliasTargets.TryGetValue(value.Value, out var renamed))
        {
            Error(path, value.Line, value.Column, DiagnosticCodes.UnknownReference,
                $"{registry.What} '{value.Value}' was renamed: refer to it as '{renamed}'");
            return false;
        }

        var hint = Suggest.Closest(value.Value, registry.Ids.Keys);
        Error(path, value.Line, value.Column, DiagnosticCodes.UnknownReference,
            $"unknown {registry.What} '{value.Value}'" + (hint is null ? "" : $" — did you mean '{hint}'?"));
        return false;
    }

    private void Vocabulary(string path, Located<string> value, string field, IReadOnlyList<string> allowed)
    {
        var hint = Suggest.Closest(value.Value, allowed);
        Error(path, value.Line, value.Column, DiagnosticCodes.UnknownVocabulary,
            $"unknown {field} '{value.Value}'" + (hint is null ? "" : $" — did you mean '{hint}'?") + $" (one of {string.Join(", ", allowed)})");
    }

    private void Error(string path, int line, int column, string code, string message) =>
        diagnostics.Add(path, line, column, code, message);

    private readonly record struct Where(string Path, int Line, int Column)
    {
        public override string ToString() => $"{Path}:{Line}:{Column}";
    }
}
