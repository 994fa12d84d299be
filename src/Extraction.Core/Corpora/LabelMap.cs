using System.Text.Json;
using Extraction.Model;
using Extraction.Pipeline;

namespace Extraction.Corpora;

/// <summary>
/// Maps a corpus's entity labels onto ours (<see cref="EntityLabels"/>). Lookup is case-sensitive: CrossNER's
/// "event" (any named event, elections included) is deliberately not our "EVENT". A label absent from the map
/// is kept when it already is one of ours, else dropped, and a dropped label means "not annotated" in that corpus.
/// A map file is a JSON object <c>{"theirLabel": "OURLABEL"}</c>; a null or empty value drops the label explicitly.
/// </summary>
public sealed class LabelMap
{
    private readonly Dictionary<string, string?> _map;

    public LabelMap(string name, IReadOnlyDictionary<string, string?> map)
    {
        Name = name;
        _map = new Dictionary<string, string?>(map, StringComparer.Ordinal);
    }

    public string Name { get; }
    public IReadOnlyDictionary<string, string?> Entries => _map;

    /// <summary>Our label for <paramref name="theirs"/>, or null when the corpus label is not mapped.</summary>
    public string? Map(string theirs) =>
        _map.TryGetValue(theirs, out var ours) ? ours : EntityLabels.IsKnown(theirs) ? theirs : null;

    /// <summary>Our own labels only (the gold format and our output).</summary>
    public static LabelMap Identity { get; } = new("identity", new Dictionary<string, string?>());

    /// <summary>
    /// Default for CoNLL/IOB2 files: UNER (PER/ORG/LOC), CrossNER (politician/person → PERSON,
    /// politicalparty/organisation → ORG, country/location → LOC; misc, election, event… unmapped),
    /// CoNLL-2003 and OntoNotes names (GPE → LOC). Which labels a file annotates follows from the tags it uses.
    /// </summary>
    public static LabelMap ConllDefault { get; } = new("conll", new Dictionary<string, string?>
    {
        ["PER"] = EntityLabels.Person, ["politician"] = EntityLabels.Person, ["person"] = EntityLabels.Person,
        ["organisation"] = EntityLabels.Org, ["organization"] = EntityLabels.Org, ["politicalparty"] = EntityLabels.Org,
        ["country"] = EntityLabels.Loc, ["location"] = EntityLabels.Loc, ["GPE"] = EntityLabels.Loc,
    });

    /// <summary>
    /// Default for Re-DocRED: PER, ORG, LOC; TIME → DATE; NUM → QUANTITY (MONEY when the mention names a currency,
    /// see <see cref="ReDocRedReader"/>); MISC unmapped.
    /// </summary>
    public static LabelMap ReDocRedDefault { get; } = new("re-docred", new Dictionary<string, string?>
    {
        ["PER"] = EntityLabels.Person, ["TIME"] = EntityLabels.Date, ["NUM"] = EntityLabels.Quantity,
    });

    public static LabelMap Load(string path)
    {
        string json;
        try { json = File.ReadAllText(path); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CorpusException(ErrorCodes.InputUnreadable, $"cannot read label map {path}: {ex.Message}");
        }
        return Parse(json, path);
    }

    public static LabelMap Parse(string json, string name)
    {
        var map = new Dictionary<string, string?>(StringComparer.Ordinal);
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
                throw new CorpusException(ErrorCodes.InputMalformedJson, $"label map {name} must be a JSON object {{\"theirLabel\": \"OURLABEL\"}}");
            foreach (var p in doc.RootElement.EnumerateObject())
            {
                string? ours = p.Value.ValueKind switch
                {
                    JsonValueKind.Null => null,
                    JsonValueKind.String => p.Value.GetString() is { Length: > 0 } s ? s : null,
                    _ => throw new CorpusException(ErrorCodes.InputMalformedJson, $"label map {name}: value of \"{p.Name}\" must be a label string or null"),
                };
                if (ours is not null && !EntityLabels.IsKnown(ours))
                    throw new CorpusException(ErrorCodes.InputMalformedJson,
                        $"label map {name}: \"{ours}\" is not one of our labels ({string.Join(", ", EntityLabels.All)})");
                map[p.Name] = ours;
            }
        }
        catch (JsonException ex)
        {
            throw new CorpusException(ErrorCodes.InputMalformedJson, $"label map {name} is not valid JSON: {ex.Message}");
        }
        return new LabelMap(name, map);
    }
}

/// <summary>Applies a <see cref="LabelMap"/> while reading, recording which of our labels occur and which corpus labels were dropped.</summary>
internal sealed class LabelTally(LabelMap map)
{
    public HashSet<string> Annotated { get; } = new(StringComparer.Ordinal);
    public SortedDictionary<string, int> Dropped { get; } = new(StringComparer.Ordinal);

    public string? Map(string theirs)
    {
        string? ours = map.Map(theirs);
        if (ours is null) Dropped[theirs] = Dropped.GetValueOrDefault(theirs) + 1;
        else Annotated.Add(ours);
        return ours;
    }

    /// <summary>Maps a declared list of annotated labels (the gold format's <c>labels</c>) without counting drops.</summary>
    public HashSet<string> MapDeclared(IEnumerable<string> theirs)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in theirs)
            if (map.Map(t) is { } ours) set.Add(ours);
        return set;
    }
}
