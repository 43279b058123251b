using System.Text;

namespace AsianNatoBrief.Web.Model;

/// <summary>
/// The words content uses for the values of an enum: each member's name in lower case, with a hyphen before
/// every inner capital (<c>NotApplicable</c> is written <c>not-applicable</c>). The enum is the one list of
/// allowed values; reading, checking and messages all take it from here.
/// </summary>
internal static class Vocabulary<T>
    where T : struct, Enum
{
    /// <summary>Every value, in declaration order.</summary>
    public static IReadOnlyList<T> All { get; } = Enum.GetValues<T>();

    /// <summary>Every value's word, in declaration order.</summary>
    public static IReadOnlyList<string> Words { get; } = [.. All.Select(Word)];

    public static string Word(T value)
    {
        var name = value.ToString();
        var word = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                word.Append('-');
            }

            word.Append(char.ToLowerInvariant(name[i]));
        }

        return word.ToString();
    }

    /// <summary>The value a word names, if any (exact, lower case).</summary>
    public static bool TryParse(string? word, out T value)
    {
        for (var i = 0; i < Words.Count; i++)
        {
            if (string.Equals(Words[i], word, StringComparison.Ordinal))
            {
                value = All[i];
                return true;
            }
        }

        value = default;
        return false;
    }
}
