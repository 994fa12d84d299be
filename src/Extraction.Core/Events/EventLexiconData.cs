namespace Extraction.Events;

/// <summary>
/// The compiled trigger lexicon as stored in models/events-lexicon.json: the PETRARCH2 CAMEO verb dictionary
/// (verbs, their inflected forms, verb-block patterns) with each CAMEO code already mapped to its PLOVER type,
/// plus capital → country and major city → country names. Written by <see cref="EventLexiconBuilder"/>, read by <see cref="EventLexicon"/>.
/// </summary>
public sealed class EventLexiconData
{
    public int Version { get; set; } = 1;
    /// <summary>SHA-256 of the source files, so a stale lexicon can be spotted.</summary>
    public Dictionary<string, string> Sources { get; set; } = new();
    /// <summary>CAMEO code → PLOVER type, mode and the CAMEO description.</summary>
    public Dictionary<string, CodeInfo> Codes { get; set; } = new();
    /// <summary>Synonym sets referenced by patterns as "&amp;NAME": member phrases, lower-case, words joined by spaces.</summary>
    public Dictionary<string, List<string>> Synsets { get; set; } = new();
    public List<VerbBlock> Blocks { get; set; } = new();
    /// <summary>Lower-case inflected form (single word or "met with") → lemma key in <see cref="Verbs"/>.</summary>
    public Dictionary<string, string> Forms { get; set; } = new();
    public Dictionary<string, VerbInfo> Verbs { get; set; } = new();
    /// <summary>Lower-case capital name → its country's common name.</summary>
    public Dictionary<string, string> Capitals { get; set; } = new();
    /// <summary>Lower-case name by which news calls a country ("turkey", "britain", "burma") → its common name in
    /// <see cref="Capitals"/>: entities keep the name the text gives them.</summary>
    public Dictionary<string, string> CountryNames { get; set; } = new();
    /// <summary>Lower-case name of a city of 100,000 people or more that is no capital → its country's common name (the largest
    /// city of a name wins): where a wire story's dateline is ("ISTANBUL (AFP) -"), not a place that acts as a state.</summary>
    public Dictionary<string, string> Cities { get; set; } = new();
}

public sealed class CodeInfo
{
    public required string Type { get; set; }
    public string? Mode { get; set; }
    public string? Description { get; set; }
}

public sealed class VerbInfo
{
    /// <summary>The verb's own CAMEO code, else its block's; null when only patterns code it.</summary>
    public string? Code { get; set; }
    public int Block { get; set; }
}

public sealed class VerbBlock
{
    public required string Name { get; set; }
    public string? Code { get; set; }
    public List<VerbPattern> Patterns { get; set; } = new();
}

/// <summary>
/// One "- pre * post [code]" line. Elements are lower-case words or "&amp;SYNSET" names; prepositional
/// and noun-phrase brackets are flattened (matched in order, with small gaps).
/// </summary>
public sealed class VerbPattern
{
    public List<string> Pre { get; set; } = new();
    public List<string> Post { get; set; } = new();
    /// <summary>Null for "[---]": the pattern says this use is not an event.</summary>
    public string? Code { get; set; }
    /// <summary>"[:072]": the event runs from the object to the subject ("X received aid from Y").</summary>
    public bool Reverse { get; set; }
    /// <summary>Verbs of the block this pattern does not serve: it was written for a verb of another sense (see the builder).</summary>
    public List<string>? NotFor { get; set; }
}
