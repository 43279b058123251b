using AsianNatoBrief.Web.Model;
using Markdig.Syntax;

namespace AsianNatoBrief.Web.Loading;

// The shapes of the content files, with the position of every value, parsed: a DTO exists only for an
// item whose fields could all be read, and holds every required field as a non-null typed value (a
// date, a word of a vocabulary, an address). They live only in the loading code: validation reads them
// for the rules across items, and the snapshot is built from them once the whole content is valid.

/// <summary>Where an item was written: its file and the position of its mapping.</summary>
internal abstract class ItemDto
{
    public required string Path { get; init; }
    public required int Line { get; init; }
    public required int Column { get; init; }
}

/// <summary>A Markdown body with the internal links it contains.</summary>
internal sealed class MarkdownDto
{
    public required MarkdownDocument Document { get; init; }
    public required IReadOnlyList<Located<string>> Links { get; init; }
}

/// <summary>
/// What every item has, accepted or rejected: where it is, its id and aliases, the references it makes
/// and its Markdown body. The id registry, the reference rules and the link rules read these, so a
/// rejected item's references and links are checked and its id is known to the other files.
/// </summary>
internal sealed class ItemEnvelope : ItemDto
{
    public required string What { get; init; }
    public required Located<string>? Id { get; init; }
    public required IReadOnlyList<Located<string>> Aliases { get; init; }
    public required IReadOnlyList<ItemReference> References { get; init; }
    public required MarkdownDto? Body { get; init; }
}

/// <summary>One dated entry of an item's change log: what changed and why.</summary>
internal sealed class ChangeDto : ItemDto
{
    public required Located<PartialDate> Date { get; init; }
    public required Located<string> What { get; init; }
    public required Located<string> Why { get; init; }
}

internal sealed class SiteDto : ItemDto
{
    public required Located<string> Title { get; init; }
    public required Located<string> Description { get; init; }
    public required Located<PartialDate> Updated { get; init; }
    public required Located<string> Source { get; init; }
    public required MarkdownDto Brief { get; init; }
    public required IReadOnlyList<Located<string>> FeaturedComparison { get; init; }
    public required Located<string>? MembersDimension { get; init; }
}

internal sealed class SourceDto : ItemDto
{
    public required Located<string> Id { get; init; }
    public required Located<string> Title { get; init; }
    public required Located<SourceKind> Kind { get; init; }
    public required Located<string>? Publisher { get; init; }
    public required Located<string>? Author { get; init; }
    public required Located<PartialDate> Date { get; init; }
    public required bool DateInferred { get; init; }
    public required Located<Uri>? Url { get; init; }
    public required Located<string>? NoUrl { get; init; }
    public required Located<string>? Note { get; init; }
    public required IReadOnlyList<ChangeDto> Changes { get; init; }
}

internal sealed class ActorDto : ItemDto
{
    public required Located<string> Id { get; init; }
    public required Located<string> Name { get; init; }
    public required Located<ActorKind> Kind { get; init; }
    public required Located<string>? Country { get; init; }
    public required Located<string> Role { get; init; }
    public required Located<string> Summary { get; init; }
    public required IReadOnlyList<Located<string>> Sources { get; init; }
    public required IReadOnlyList<Located<string>> Aliases { get; init; }
    public required IReadOnlyList<ChangeDto> Changes { get; init; }
    public required MarkdownDto Body { get; init; }
}

internal sealed class QuoteDto : ItemDto
{
    public required Located<string> Text { get; init; }
    public required Located<string> Speaker { get; init; }
    public required Located<string> Source { get; init; }
}

internal sealed class ReactionDto : ItemDto
{
    public required Located<string> Id { get; init; }
    public required Located<string> Actor { get; init; }
    public required Located<Stance> Stance { get; init; }
    public required Located<StanceBasis> StanceBasis { get; init; }
    public required Located<PartialDate> Date { get; init; }
    public required Located<string> DatedBy { get; init; }
    public required Located<string> Headline { get; init; }
    public required IReadOnlyList<QuoteDto> Quotes { get; init; }
    public required IReadOnlyList<Located<string>> Sources { get; init; }
    public required IReadOnlyList<Located<string>> Positions { get; init; }
    public required IReadOnlyList<Located<string>> Aliases { get; init; }
    public required IReadOnlyList<ChangeDto> Changes { get; init; }
    public required MarkdownDto Body { get; init; }
}

internal sealed class PositionDto : ItemDto
{
    public required Located<string> Id { get; init; }
    public required Located<string> Title { get; init; }
    public required Located<string> Summary { get; init; }
    public required IReadOnlyList<Located<string>> HeldBy { get; init; }
    public required IReadOnlyList<Located<string>> Sources { get; init; }
    public required IReadOnlyList<Located<string>> Aliases { get; init; }
    public required IReadOnlyList<ChangeDto> Changes { get; init; }
    public required MarkdownDto Body { get; init; }
}

internal sealed class DifferenceDto : ItemDto
{
    public required IReadOnlyList<Located<string>> Frameworks { get; init; }
    public required Located<string> Text { get; init; }
}

internal sealed class DimensionDto : ItemDto
{
    public required Located<string> Id { get; init; }
    public required Located<string> Label { get; init; }
    public required Located<string> Question { get; init; }
    public required IReadOnlyList<DifferenceDto> Differences { get; init; }
}

internal sealed class MemberDto : ItemDto
{
    public required Located<string> Name { get; init; }
    public required Located<string>? Actor { get; init; }
}

internal sealed class ValueDto : ItemDto
{
    public required Located<string> Dimension { get; init; }
    public required Located<string> Value { get; init; }
    public required Located<string> Detail { get; init; }
    public required Located<ValueStatus>? Status { get; init; }
    public required IReadOnlyList<Located<string>> Sources { get; init; }
}

internal sealed class FrameworkDto : ItemDto
{
    public required Located<string> Id { get; init; }
    public required Located<string> Name { get; init; }
    public required Located<string> ShortName { get; init; }
    public required Located<string> Summary { get; init; }
    public required Located<string>? MembersHeading { get; init; }
    public required IReadOnlyList<MemberDto> Members { get; init; }
    public required IReadOnlyList<Located<string>> Sources { get; init; }
    public required IReadOnlyList<Located<string>> Aliases { get; init; }
    public required IReadOnlyList<ValueDto> Values { get; init; }
    public required IReadOnlyList<ChangeDto> Changes { get; init; }
}

internal sealed class EventDto : ItemDto
{
    public required Located<string> Id { get; init; }
    public required Located<PartialDate> Date { get; init; }
    public required Located<string> Title { get; init; }
    public required IReadOnlyList<Located<string>> Actors { get; init; }
    public required IReadOnlyList<Located<string>> Sources { get; init; }
}

/// <summary>Everything read from a content folder, before validation.</summary>
internal sealed class RawContent
{
    public required string Root { get; init; }
    public required SiteDto? Site { get; init; }
    public required IReadOnlyList<SourceDto> Sources { get; init; }
    public required IReadOnlyList<ActorDto> Actors { get; init; }
    public required IReadOnlyList<ReactionDto> Reactions { get; init; }
    public required IReadOnlyList<PositionDto> Positions { get; init; }
    public required IReadOnlyList<DimensionDto> Dimensions { get; init; }
    public required IReadOnlyList<FrameworkDto> Frameworks { get; init; }
    public required IReadOnlyList<EventDto> Events { get; init; }

    /// <summary>
    /// Items that could not be read at all, by kind ("actor", "source", ...): the file-name stem for a
    /// Markdown file, null for a whole data file. References to them are not reported again.
    /// </summary>
    public required IReadOnlyList<KeyValuePair<string, string?>> Unreadable { get; init; }

    /// <summary>Every item read, accepted or rejected, for the id registry, reference and link rules.</summary>
    public required IReadOnlyList<ItemEnvelope> Items { get; init; }

    /// <summary>A hash of every file read, so that any change makes a new version.</summary>
    public required string Version { get; init; }
}
