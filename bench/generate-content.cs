// Synthetic content for the benchmark: the real content plus N actors and M reactions, all valid.
// Usage: dotnet run bench/generate-content.cs -- <out-dir> <actors> <reactions> [content-dir]
// Deterministic (fixed seed), so every run and every machine measures the same content.
using System.Globalization;
using System.Text;

if (args.Length < 3)
{
    Console.Error.WriteLine("usage: dotnet run bench/generate-content.cs -- <out-dir> <actors> <reactions> [content-dir]");
    return 2;
}

var output = Path.GetFullPath(args[0]);
var actorCount = int.Parse(args[1], CultureInfo.InvariantCulture);
var reactionCount = int.Parse(args[2], CultureInfo.InvariantCulture);
var source = Path.GetFullPath(args.Length > 3 ? args[3] : "content");
if (!File.Exists(Path.Combine(source, "site.yaml")))
{
    Console.Error.WriteLine($"not a content folder: {source}");
    return 2;
}

if (Directory.Exists(output))
{
    Directory.Delete(output, recursive: true);
}

foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
{
    var target = Path.Combine(output, Path.GetRelativePath(source, file));
    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
    File.Copy(file, target);
}

var random = new Random(7);
string[] stances = ["supports", "conditional", "cautious", "declines", "opposes"];
var positions = Directory.EnumerateFiles(Path.Combine(source, "positions"), "*.md")
    .Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToArray();
string[] words = ["alliance", "deterrence", "region", "treaty", "partners", "security", "dialogue", "defence", "cooperation", "stability", "maritime", "summit"];

// One state in five; the others are people belonging to one of the synthetic states.
var states = new List<string>();
var actors = new List<string>();
for (var i = 0; i < actorCount; i++)
{
    var id = $"synthetic-actor-{i:D4}";
    var isState = i % 5 == 0 || states.Count == 0;
    var front = new StringBuilder()
        .AppendLine("---")
        .AppendLine($"id: {id}")
        .AppendLine($"name: \"Synthetic {(isState ? "State" : "Person")} {i:D4}\"")
        .AppendLine($"kind: {(isState ? "state" : "person")}");
    if (!isState)
    {
        front.AppendLine($"country: {states[random.Next(states.Count)]}");
    }

    front.AppendLine($"role: \"Generated actor number {i} for load testing\"")
        .AppendLine($"summary: \"A generated actor whose only purpose is to make the content {actorCount} actors large.\"")
        .AppendLine("sources: [article]")
        .AppendLine("---")
        .AppendLine(Paragraph(random, words, 40))
        .AppendLine()
        .AppendLine("See also [China](/actors/china) and [the comparison](/compare/nato-vs-quad).");
    File.WriteAllText(Path.Combine(output, "actors", id + ".md"), front.ToString());
    (isState ? states : actors).Add(id);
    if (!isState)
    {
        continue;
    }

    actors.Add(id);
}

for (var i = 0; i < reactionCount; i++)
{
    var id = $"synthetic-reaction-{i:D5}";
    var actor = actors[random.Next(actors.Count)];
    var date = new DateOnly(2020, 1, 1).AddDays(random.Next(0, 365 * 5));
    var precision = random.Next(3);
    var dateText = precision switch
    {
        0 => date.ToString("yyyy", CultureInfo.InvariantCulture),
        1 => date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
    var chosen = positions.OrderBy(_ => random.Next()).Take(random.Next(0, 3)).ToArray();
    var text = new StringBuilder()
        .AppendLine("---")
        .AppendLine($"id: {id}")
        .AppendLine($"actor: {actor}")
        .AppendLine($"stance: {stances[random.Next(stances.Length)]}")
        .AppendLine($"stance_basis: {(i % 3 == 0 ? "inferred" : "stated")}")
        .AppendLine($"date: \"{dateText}\"")
        .AppendLine("dated_by: article")
        .AppendLine($"headline: \"Generated reaction {i} about {words[random.Next(words.Length)]} and {words[random.Next(words.Length)]}\"")
        .AppendLine("quotes:")
        .AppendLine($"  - text: \"{words[random.Next(words.Length)]} first\"")
        .AppendLine($"    speaker: \"Speaker {i}\"")
        .AppendLine("    source: article")
        .AppendLine("sources: [article]")
        .AppendLine($"positions: [{string.Join(", ", chosen)}]")
        .AppendLine("---")
        .AppendLine(Paragraph(random, words, 60))
        .AppendLine()
        .AppendLine($"Said by [this actor](/actors/{actor}).");
    File.WriteAllText(Path.Combine(output, "reactions", id + ".md"), text.ToString());
}

Console.WriteLine($"{output}: {actorCount} synthetic actors, {reactionCount} synthetic reactions added to {source}");
return 0;

static string Paragraph(Random random, string[] words, int length) =>
    string.Join(' ', Enumerable.Range(0, length).Select(_ => words[random.Next(words.Length)])) + ".";
