namespace Extraction.Model;

/// <summary>A half-open character range [Start, End) into the document text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
    public bool Contains(int offset) => offset >= Start && offset < End;
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;
}

/// <summary>Coarse token classes, set by the tokenizer so later stages need not re-scan characters.</summary>
public enum TokenKind : byte { Word, Number, Punctuation, Symbol, Other }

/// <summary>A token: [Start, End) into the text. Whitespace between tokens is not a token.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public int Length => End - Start;
}

/// <summary>A sentence with the range of its tokens in <see cref="Document.Tokens"/> and its paragraph index.</summary>
public readonly record struct Sentence(int Start, int End, int FirstToken, int TokenCount, int Paragraph)
{
    public int EndToken => FirstToken + TokenCount;
}

/// <summary>Entity labels of the output contract (see ../shared/gold/README.md).</summary>
public static class EntityLabels
{
    public const string Person = "PERSON", Org = "ORG", Loc = "LOC", Norp = "NORP", Date = "DATE",
        Money = "MONEY", Quantity = "QUANTITY", Event = "EVENT", Weapon = "WEAPON";

    public static readonly string[] All = [Person, Org, Loc, Norp, Date, Money, Quantity, Event, Weapon];

    public static bool IsKnown(string label) => Array.IndexOf(All, label) >= 0;
}

public sealed class Entity
{
    public required string Id { get; set; }
    public required int Start { get; init; }
    public required int End { get; init; }
    public required string Label { get; set; }
    public required string Text { get; init; }
    /// <summary>Stable name shared by all mentions of the same thing (acronym, surname, alternative spelling).</summary>
    public required string Canonical { get; set; }
    public double Confidence { get; set; } = 1.0;
    /// <summary>The component that produced the entity (stage name, optionally "/rule").</summary>
    public required string Source { get; set; }

    public TextSpan Span => new(Start, End);
}

/// <summary>Relation types of the output contract (re3d schema, upper-cased).</summary>
public static class RelationTypes
{
    public const string SameAs = "SAME_AS", BelongsTo = "BELONGS_TO", InChargeOf = "IN_CHARGE_OF",
        HasAttribute = "HAS_ATTRIBUTE", CoLocated = "CO_LOCATED", Apart = "APART", Likes = "LIKES",
        Dislikes = "DISLIKES", FightingAgainst = "FIGHTING_AGAINST", MilitaryAllyOf = "MILITARY_ALLY_OF",
        CommunicatedWith = "COMMUNICATED_WITH";

    public static readonly string[] All =
        [SameAs, BelongsTo, InChargeOf, HasAttribute, CoLocated, Apart, Likes, Dislikes, FightingAgainst, MilitaryAllyOf, CommunicatedWith];
}

public sealed class Relation
{
    public required string Id { get; set; }
    public required string Type { get; init; }
    /// <summary>Entity id of the head argument (direction as in re3d: person → org it belongs to).</summary>
    public required string Head { get; init; }
    public required string Tail { get; init; }
    public Trigger? Trigger { get; init; }
    public double Confidence { get; set; } = 1.0;
    public required string Source { get; init; }
    public List<string> Citations { get; } = new();
}

/// <summary>The words that express a relation or event.</summary>
public sealed record Trigger(int Start, int End, string Text);

public sealed class EventArgument
{
    public required string Role { get; init; }
    public required string Entity { get; init; }
}

/// <summary>PLOVER event types and statuses.</summary>
public static class EventTypes
{
    public static readonly string[] All =
    [
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
        "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    ];

    public const string Asserted = "asserted", Anticipated = "anticipated", Negated = "negated", Hypothetical = "hypothetical";
}

public sealed class Event
{
    public required string Id { get; set; }
    public required string Type { get; set; }
    public string? Mode { get; set; }
    public required Trigger Trigger { get; init; }
    public List<EventArgument> Arguments { get; } = new();
    public string Status { get; set; } = EventTypes.Asserted;
    /// <summary>Ids of the inline citations that support the event.</summary>
    public List<string> Citations { get; } = new();
    /// <summary>When the actor is a capital standing for its state ("Moscow"), that state.</summary>
    public string? ActorCountry { get; set; }
    public double Confidence { get; set; } = 1.0;
    public required string Source { get; init; }
}

public sealed class CitationSource
{
    public required string Name { get; init; }
    public string? DateText { get; init; }
    /// <summary>ISO 8601 date, with unknown parts as X ("XXXX-10-12").</summary>
    public string? Date { get; set; }
}

public sealed class Citation
{
    public required string Id { get; set; }
    public required int Start { get; init; }
    public required int End { get; init; }
    public required string Text { get; init; }
    public List<CitationSource> Sources { get; } = new();
    public int Paragraph { get; init; }
    /// <summary>How the attribution is expressed: parenthetical, according_to, reported, quote.</summary>
    public string Kind { get; init; } = "parenthetical";
    public double Confidence { get; set; } = 1.0;
    public string Source { get; init; } = "citations";
}
