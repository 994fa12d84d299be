using Extraction.Model;

namespace Extraction.Relations;

/// <summary>
/// Finds the relations of a segmented, tagged document within each sentence: the patterns first (they take
/// precedence), then the classifier on every remaining pair above <see cref="Threshold"/>. A pair of entities
/// (in either order) gets at most one relation, and none when it already has one (SAME_AS from the alias stage).
/// </summary>
public sealed class RelationExtractor(RelationClassifier? classifier, double threshold, int maxTokenDistance = RelationExtractor.DefaultMaxTokenDistance,
    Entities.Gazetteer? places = null)
{
    /// <summary>
    /// Best micro F1 in re3d cross-validation (0.2: P 0.59 / R 0.37; 0.5 trades recall for P 0.66). Patterns are not
    /// subject to it. Raise it in pipeline.json for a more precise, sparser output.
    /// </summary>
    public const double DefaultThreshold = 0.2;
    public const int DefaultMaxTokenDistance = 40;
    public const string ClassifierRule = "classifier";

    public double Threshold { get; } = threshold;

    /// <summary>Entity labels a relation argument can have; the others (DATE) take part in events, not relations.</summary>
    public static bool IsArgument(Entity e) => e.Label != EntityLabels.Date;

    public List<FoundRelation> Extract(Document document, ISet<(string, string)>? existingPairs = null)
    {
        var taken = new HashSet<(Entity, Entity)>() /* Entity has reference equality */;
        var result = new List<FoundRelation>();
        bool Take(Entity a, Entity b)
        {
            if (existingPairs is not null && (existingPairs.Contains((a.Id, b.Id)) || existingPairs.Contains((b.Id, a.Id)))) return false;
            return taken.Add((a, b)) && taken.Add((b, a));
        }

        var features = new FeatureWriter();
        foreach (var view in SentenceView.ForDocument(document))
        {
            foreach (var r in RelationPatterns.Find(view))
                if (!(r.Type == RelationTypes.CoLocated && CannotLieIn(r.Head, r.Tail)) && Take(r.Head, r.Tail)) result.Add(r);
            if (classifier is null) continue;
            var entities = view.Entities;
            var describes = DescribedPersons(view);
            for (int i = 0; i < entities.Count; i++)
            {
                if (!IsArgument(entities[i]) || IsInlineSource(view, i)) continue;
                for (int j = i + 1; j < entities.Count; j++)
                {
                    if (!IsArgument(entities[j]) || IsInlineSource(view, j)) continue;
                    // "met with US Secretary of State Antony Blinken": "US" describes Blinken (the title patterns relate
                    // them); it is not itself a party to the sentence's other relations.
                    if (describes[i] >= 0 && describes[i] != j || describes[j] >= 0 && describes[j] != i) continue;
                    if (view.FirstTokenOf(j) - view.EndTokenOf(i) > maxTokenDistance) break;
                    if (taken.Contains((entities[i], entities[j]))) continue;
                    PairFeatures.Write(view, i, j, features);
                    var (cls, p) = classifier.BestRelation(features.Written);
                    if (p < Threshold || cls == RelationClassifier.None) continue;
                    if (cls[..^1] == RelationTypes.CoLocated && (InOneList(view, i, j) || RelationPatterns.IsListedPlace(view, i))) continue;
                    bool forward = cls[^1] == '>';
                    var (head, tail) = forward ? (entities[i], entities[j]) : (entities[j], entities[i]);
                    if (cls[..^1] == RelationTypes.CoLocated && (CannotLieIn(head, tail) || NamesNoPlaceOf(view, forward ? j : i, forward ? i : j)
                                                                 || ActsOrAccompanies(view, forward ? j : i))
                        || !Take(head, tail)) continue;
                    result.Add(new FoundRelation(cls[..^1], head, tail, null, Math.Round(p, 4), ClassifierRule));
                }
            }
        }
        return result;
    }

    /// <summary>"met Kulubaev to raise concerns (Radio Azattyk, May 20)", "(Reuters)": the source an inline attribution credits,
    /// first in its parentheses and followed by their end or a comma and a date, reports the sentence and takes no part in it.</summary>
    private static bool IsInlineSource(SentenceView view, int entity)
    {
        int first = view.FirstTokenOf(entity), end = view.EndTokenOf(entity);
        if (!view.WordIs(first - 1, "(") || view.EntityAt(first - 2) >= 0) return false;  // "the Collective Security Treaty Organization (CSTO)"
        return view.WordIs(end, ")") || view.WordIs(end, ",") && view.EntityAt(end + 1) is var date and >= 0 && view.Entities[date].Label == EntityLabels.Date;
    }

    /// <summary>
    /// "Tajikistan in Dushanbe", "Armenia in Azerbaijan", "Armenia in Gyumri", "Moscow in Tashkent", "Moscow in
    /// Tajikistan": no country lies in a country, a capital or a city, no capital in another capital, and no capital in a
    /// country but its own (the gazetteer's flags and capitals; without a gazetteer, anything may lie anywhere). No sum
    /// or share lies anywhere.
    /// </summary>
    private bool CannotLieIn(Entity head, Entity tail)
    {
        if (IsSumOrShare(head) || IsSumOrShare(tail)) return true;
        if (places is null || head.Label != EntityLabels.Loc || tail.Label != EntityLabels.Loc) return false;
        const Entities.GazetteerFlags Country = Entities.GazetteerFlags.Country, Capital = Entities.GazetteerFlags.Capital,
            City = Entities.GazetteerFlags.City;
        var (h, t) = (FlagsOf(head, out int headEntry), FlagsOf(tail, out int tailEntry));
        return h.HasFlag(Country) && (t & (Country | Capital | City)) != 0
               || h.HasFlag(Capital) && t.HasFlag(Capital)
               || h.HasFlag(Capital) && t.HasFlag(Country)
                  && (places.CountryOfCapital(head.Text) ?? places.CountryOfCapital(places.Canonical(headEntry))) is { } country
                  && country != places.Canonical(tailEntry);
    }

    /// <summary>"CPJ's Europe and Central Asia program coordinator": a place among the words right after a body's or a person's
    /// "'s" (past names and "and"), before a noun, describes what they have; it is no place where <paramref name="other"/> is.
    /// (A place's own "'s" may name a place in it: "Russia's Saratov region".)</summary>
    private static bool NamesNoPlaceOf(SentenceView view, int place, int other)
    {
        if (view.Entities[other].Label == EntityLabels.Loc) return false;
        int possessive = view.EndTokenOf(other), t = possessive + 1;
        if (!view.InSentence(possessive) || !SentenceView.IsPossessive(view.Word(possessive))) return false;
        while (view.InSentence(t) && (view.EntityAt(t) >= 0 || view.WordIs(t, "and", ","))) t++;
        return view.FirstTokenOf(place) > possessive && t > view.FirstTokenOf(place) && view.InSentence(t) && view.Word(t) is { Length: > 0 } noun && char.IsLower(noun[0]);
    }

    /// <summary>"said China would continue to defend …", "withdrawn from ECOWAS along with Mali": a place that is a clause's
    /// subject (no preposition before it, a modal or a form of "be" or "have" right after it: not "a leader in Raqqah was
    /// killed") or a companion ("along with", "together with", "alongside") acts beside the other name; it is no place where
    /// that one is.</summary>
    private static bool ActsOrAccompanies(SentenceView view, int place)
    {
        int first = view.FirstTokenOf(place), end = view.EndTokenOf(place);
        if (view.WordIs(end, "would", "will", "could", "can", "should", "must", "may", "might", "was", "were", "is", "are", "has", "have", "had")
            && !view.WordIs(first - 1, "in", "at", "of", "from", "near", "to", "on", "inside", "outside"))
            return true;
        int before = first - 1;
        while (view.InSentence(before) && view.EntityAt(before) >= 0 || view.WordIs(before, ",", "and")) before = view.EntityAt(before) is var e and >= 0 ? view.FirstTokenOf(e) - 1 : before - 1;
        return view.WordIs(before, "alongside") || view.WordIs(before, "with") && view.WordIs(before - 1, "along", "together");
    }

    /// <summary>"$500 billion in U.S.", "3% in Tokyo": a sum of money or a share lies nowhere (a number of people or troops may).</summary>
    private static bool IsSumOrShare(Entity e) =>
        e.Label == EntityLabels.Money || e.Label == EntityLabels.Quantity && (e.Text.EndsWith('%') || e.Text.EndsWith("percent", StringComparison.OrdinalIgnoreCase));

    private Entities.GazetteerFlags FlagsOf(Entity place, out int entry)
    {
        entry = places!.Find(place.Canonical);
        if (entry < 0) entry = places.Find(place.Text);
        return entry >= 0 && places.Label(entry) == EntityLabels.Loc ? places.Flags(entry) : Entities.GazetteerFlags.None;
    }

    /// <summary>
    /// "Balkh, Jowzjan and Faryab provinces", "Argentina, Chile and Peru": members of one list joined by "and"/"or" are
    /// named side by side, not one inside the other. Between entities <paramref name="i"/> and <paramref name="j"/>
    /// stand only names, commas and "and"/"or", and the list has an "and"/"or" there or after <paramref name="j"/>; a comma
    /// alone is an address ("Sangin, Helmand": the town is in the province).
    /// </summary>
    private static bool InOneList(SentenceView view, int i, int j)
    {
        bool joined = false, coordinated = false;
        int t = view.EndTokenOf(i);
        for (; t < view.FirstTokenOf(j); t++)
        {
            if (view.EntityAt(t) >= 0) continue;
            if (!view.WordIs(t, ",", "and", "or")) return false;
            joined = true;
            coordinated |= !view.WordIs(t, ",");
        }
        // "Balkh, Jowzjan and Faryab": the list goes on past j to its "and".
        for (t = view.EndTokenOf(j); !coordinated && view.WordIs(t, ",", "and", "or") && view.EntityAt(t + 1) >= 0; t = view.EndTokenOf(view.EntityAt(t + 1)))
            coordinated = !view.WordIs(t, ",");
        return joined && coordinated;
    }

    /// <summary>
    /// For each entity of the sentence, the index of the person it describes when it stands right before title words and
    /// that person's name ("US Secretary of State Antony Blinken", "Kremlin spokesman Dmitry Peskov"), else -1.
    /// </summary>
    private static int[] DescribedPersons(SentenceView view)
    {
        var entities = view.Entities;
        var describes = new int[entities.Count];
        for (int i = 0; i < entities.Count; i++)
        {
            describes[i] = -1;
            if (entities[i].Label == EntityLabels.Person) continue;
            int t = view.EndTokenOf(i), titles = 0;
            while (view.InSentence(t) && view.EntityAt(t) < 0 && TitleLexicon.KindOf(view.Word(t)) != TitleKind.None) { t++; titles++; }
            if (titles > 0 && view.InSentence(t) && view.EntityAt(t) is int person and >= 0 && entities[person].Label == EntityLabels.Person
                && TitleLexicon.Classify(Enumerable.Range(view.EndTokenOf(i), titles).Select(view.Word).ToList()) != TitleKind.None)
                describes[i] = person;
        }
        return describes;
    }
}
