using System.Text.Json;

namespace Extraction.Events;

/// <summary>
/// The loaded trigger lexicon (models/events-lexicon.json), compiled once into lookup tables that are
/// read-only afterwards and so shared by all workers.
/// </summary>
public sealed class EventLexicon
{
    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly EventLexiconData _data;
    /// <summary>First word of a multi-word form → (remaining words, lemma), longest first.</summary>
    private readonly Dictionary<string, List<(string[] Tail, string Lemma)>> _phrasal = new(StringComparer.Ordinal);
    /// <summary>Synset name → member phrases split into words.</summary>
    private readonly Dictionary<string, string[][]> _synsets = new(StringComparer.Ordinal);

    public EventLexicon(EventLexiconData data)
    {
        _data = data;
        foreach (var (form, lemma) in data.Forms)
        {
            int space = form.IndexOf(' ');
            if (space < 0) continue;
            if (!_phrasal.TryGetValue(form[..space], out var list)) _phrasal[form[..space]] = list = new();
            list.Add((form[(space + 1)..].Split(' '), lemma));
        }
        foreach (var list in _phrasal.Values) list.Sort((a, b) => b.Tail.Length.CompareTo(a.Tail.Length));
        foreach (var (name, members) in data.Synsets)
            _synsets[name] = members.Select(m => m.Split(' ')).ToArray();
        _countries = new Dictionary<string, string>(data.CountryNames, StringComparer.OrdinalIgnoreCase);
        foreach (var country in data.Capitals.Values) _countries.TryAdd(country, country);
        // Looked up in any case without lower-casing the name: the event stage asks it of pairs of places per sentence.
        _capitals = new Dictionary<string, string>(data.Capitals, StringComparer.OrdinalIgnoreCase);
        _cities = new Dictionary<string, string>(data.Cities, StringComparer.OrdinalIgnoreCase);
        // And without accents: a wire's dateline writes "YAOUNDE" for Yaoundé.
        Span<char> buffer = stackalloc char[64];
        foreach (var (capital, country) in data.Capitals)
        {
            if (Entities.Transformer.AccentFolding.Fold(capital, buffer) is var folded && !folded.SequenceEqual(capital))
                _capitals.TryAdd(folded.ToString(), country);
            // And without a district's initials: news writes "Washington" for "Washington D.C.".
            if (capital.EndsWith(" d.c.", StringComparison.OrdinalIgnoreCase)) _capitals.TryAdd(capital[..^" d.c.".Length], country);
        }
    }

    /// <summary>Every name of a country (its common name among them) → its common name.</summary>
    private readonly Dictionary<string, string> _countries;
    private readonly Dictionary<string, string> _capitals;
    private readonly Dictionary<string, string> _cities;

    /// <summary>A country's name as the capitals list gives it ("United States", "Russia"), or a capital's: a place that acts as a state.</summary>
    public bool IsState(string name) => IsCountry(name) || CountryOfCapital(name) is not null;

    /// <summary>A country's name, as the capitals list gives it or as news calls it ("Turkey", "Britain").</summary>
    public bool IsCountry(string name) => _countries.ContainsKey(name);

    /// <summary>The capitals list's name of the country <paramref name="name"/> names ("Turkey": "Türkiye"), or null.</summary>
    public string? CountryNamed(string name) => _countries.GetValueOrDefault(name);

    public static EventLexicon Load(string path)
    {
        using var stream = File.OpenRead(path);
        var data = JsonSerializer.Deserialize<EventLexiconData>(stream, JsonOptions)
            ?? throw new InvalidDataException($"empty lexicon: {path}");
        return new EventLexicon(data);
    }

    public EventLexiconData Data => _data;

    /// <summary>The verb lemma of a single lower-case word form, or null.</summary>
    public string? VerbLemma(string lowerForm) =>
        _data.Forms.TryGetValue(lowerForm, out var lemma) && !lemma.Contains(' ') ? lemma : null;

    public VerbInfo? Verb(string lemma) => _data.Verbs.GetValueOrDefault(lemma);

    public VerbBlock Block(int index) => _data.Blocks[index];

    public CodeInfo? Code(string? code) => code is null ? null : _data.Codes.GetValueOrDefault(code);

    /// <summary>Multi-word verbs ("meet with", "call off") whose first word is <paramref name="lowerFirst"/>.</summary>
    public IReadOnlyList<(string[] Tail, string Lemma)> PhrasalStartingWith(string lowerFirst) =>
        _phrasal.TryGetValue(lowerFirst, out var list) ? list : [];

    public string[][]? Synset(string name) => _synsets.GetValueOrDefault(name);

    /// <summary>The country whose capital is <paramref name="name"/> ("Moscow" → "Russia"), or null.</summary>
    public string? CountryOfCapital(string name) => _capitals.GetValueOrDefault(name);

    /// <summary>The country of a city of 100,000 people or more that is no capital ("Istanbul": Turkey), or null.</summary>
    public string? CountryOfCity(string name) => _cities.GetValueOrDefault(name);
}
