using Extraction.Entities;
using Extraction.Entities.Rules;
using Extraction.Model;
using Extraction.Pipeline;

namespace Extraction.Aliases;

/// <summary>
/// Stage "aliases", the last entity stage: resolves overlapping candidates (the longest span wins, then the more
/// confident), ties mentions of one thing within the document — an acronym to the long name it was defined with,
/// a surname to the person's full name ("Akayev" → "Askar Akayev") — with shared canonical names and SAME_AS
/// relations (head = the short mention, tail = the full one), and assigns ids T1… / R1… in text order.
/// Alternative spellings already carry their gazetteer canonical ("U.S." → "United States").
/// </summary>
public sealed class AliasResolver : IStage
{
    public const string StageName = "aliases";

    public string Name => StageName;
    public IReadOnlyList<Annotation> Requires { get; } = [Annotation.Tokens, Annotation.Entities];
    public IReadOnlyList<Annotation> Assigns { get; } = [Annotation.Entities, Annotation.Canonicals, Annotation.Relations];

    public void Process(Document doc)
    {
        ResolveOverlaps(doc.Entities);
        var links = new List<(Entity Short, Entity Full)>();
        LinkAcronyms(doc, links);
        LinkSurnames(doc, links);
        doc.Entities.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        for (int i = 0; i < doc.Entities.Count; i++) doc.Entities[i].Id = $"T{i + 1}";
        foreach (var (mention, full) in links.OrderBy(l => l.Short.Start))
            doc.Relations.Add(new Relation
            {
                Id = $"R{doc.Relations.Count + 1}", Type = RelationTypes.SameAs, Head = mention.Id, Tail = full.Id,
                Confidence = Math.Min(mention.Confidence, full.Confidence), Source = StageName,
            });
    }

    /// <summary>Keeps a set of non-overlapping entities: longest first, then most confident, then earliest.</summary>
    public static void ResolveOverlaps(List<Entity> entities)
    {
        var ranked = entities.OrderByDescending(e => e.End - e.Start).ThenByDescending(e => e.Confidence).ThenBy(e => e.Start).ToList();
        var kept = new List<Entity>(ranked.Count);
        var starts = new List<int>(ranked.Count); // kept spans sorted by start, for a binary-search overlap check
        foreach (var e in ranked)
        {
            int pos = LowerBound(starts, e.Start);
            bool overlaps = (pos < kept.Count && kept[pos].Start < e.End) || (pos > 0 && kept[pos - 1].End > e.Start);
            if (overlaps) continue;
            kept.Insert(pos, e);
            starts.Insert(pos, e.Start);
        }
        entities.Clear();
        entities.AddRange(kept);
    }

    private static int LowerBound(List<int> sorted, int value)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (sorted[mid] < value) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>"Long Name (ACR)" where both share a canonical name: ACR SAME_AS Long Name.</summary>
    private static void LinkAcronyms(Document doc, List<(Entity, Entity)> links)
    {
        var byEnd = new Dictionary<int, Entity>();
        foreach (var e in doc.Entities) byEnd.TryAdd(e.End, e);
        foreach (var acronym in doc.Entities)
        {
            if (!AcronymRules.IsAcronym(acronym.Text)) continue;
            var before = doc.Text.AsSpan(0, acronym.Start).TrimEnd();
            if (before.Length == 0 || before[^1] != '(' || !doc.Text.AsSpan(acronym.End).StartsWith(")")) continue;
            int longEnd = before[..^1].TrimEnd().Length;
            if (byEnd.TryGetValue(longEnd, out var full) && full != acronym && full.Canonical == acronym.Canonical) links.Add((acronym, full));
        }
    }

    /// <summary>
    /// After a multi-word person name, a capitalised word equal to its last word is that person: relabelled (a surname
    /// the gazetteer took for a town) or added, with the full name's canonical and a SAME_AS to the latest full mention.
    /// </summary>
    private static void LinkSurnames(Document doc, List<(Entity, Entity)> links)
    {
        var byStart = new Dictionary<int, Entity>();
        foreach (var e in doc.Entities) byStart.TryAdd(e.Start, e);
        var surnames = new Dictionary<string, Entity>(StringComparer.Ordinal);
        var surnameLookup = surnames.GetAlternateLookup<ReadOnlySpan<char>>();
        var added = new List<Entity>();
        int covered = -1; // end offset of the multi-word entity being walked through
        int bodyToken = EntityText.FirstBodyToken(doc);
        for (int t = bodyToken; t < doc.Tokens.Count; t++)
        {
            var token = doc.Tokens[t];
            byStart.TryGetValue(token.Start, out var entity);
            if (entity is not null && entity.End > token.End)
            {
                covered = entity.End;
                if (entity.Label == EntityLabels.Person && entity.Text.LastIndexOf(' ') is int space and > 0)
                    surnames[entity.Text[(space + 1)..]] = entity;
                continue;
            }
            if (token.Start < covered || !EntityText.IsCapitalized(doc, t)) continue;
            if (!surnameLookup.TryGetValue(doc.SpanOf(token.Start, token.End), out var full)) continue;
            if (entity is null)
            {
                entity = EntityText.Create(doc, t, t + 1, EntityLabels.Person, full.Canonical, 0.8, StageName);
                added.Add(entity);
            }
            else if (entity.Label != EntityLabels.Person && entity.Confidence >= 0.85) continue;
            entity.Label = EntityLabels.Person;
            entity.Canonical = full.Canonical;
            links.Add((entity, full));
        }
        doc.Entities.AddRange(added);
    }
}
