namespace AsianNatoBrief.Web.Model;

/// <summary>The fixed stance scale, from backing the proposal to working against it.</summary>
public enum Stance
{
    Supports,
    Conditional,
    Cautious,
    Declines,
    Opposes,
}

/// <summary>Names and definitions of the stances, in scale order.</summary>
public static class Stances
{
    /// <summary>Every stance from supports to opposes.</summary>
    public static IReadOnlyList<Stance> All => Vocabulary<Stance>.All;

    /// <summary>The slug used in content and in addresses (<c>supports</c>).</summary>
    public static string Slug(this Stance stance) => Vocabulary<Stance>.Word(stance);

    /// <summary>The label shown to readers (<c>Supports</c>).</summary>
    public static string Label(this Stance stance) => stance switch
    {
        Stance.Supports => "Supports",
        Stance.Conditional => "Conditional",
        Stance.Cautious => "Cautious",
        Stance.Declines => "Declines",
        Stance.Opposes => "Opposes",
        _ => throw new ArgumentOutOfRangeException(nameof(stance)),
    };

    /// <summary>What the stance means on this site.</summary>
    public static string Definition(this Stance stance) => stance switch
    {
        Stance.Supports => "Backs the proposal.",
        Stance.Conditional => "Open to the proposal, but only on conditions or at a later time.",
        Stance.Cautious => "Holds back: neither backs nor rejects the proposal.",
        Stance.Declines => "Rules out its own part, or a framing of the idea, without condemning it.",
        Stance.Opposes => "Works against the proposal.",
        _ => throw new ArgumentOutOfRangeException(nameof(stance)),
    };

    /// <summary>Finds the stance named by a slug, if any.</summary>
    public static bool TryParse(string? slug, out Stance stance) => Vocabulary<Stance>.TryParse(slug, out stance);
}
