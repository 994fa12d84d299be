using Extraction.Aliases;
using Extraction.Entities;
using Extraction.Entities.Rules;
using Extraction.Model;
using Extraction.Pipeline;
using Extraction.Segmentation;
using Extraction.Tests.Support;

namespace Extraction.Tests.Entities;

/// <summary>A small hand-made gazetteer (so guard tests do not depend on the data) and the committed one.</summary>
public static class EntityTestData
{
    public static Gazetteer Small { get; } = new(
    [
        Entry("Russia", EntityLabels.Loc, "Russia"),
        Entry("United States", EntityLabels.Loc, "United States"),
        Entry("U.S.", EntityLabels.Loc, "United States", GazetteerFlags.ExactCase),
        Entry("US", EntityLabels.Loc, "United States", GazetteerFlags.ExactCase),
        Entry("New York", EntityLabels.Loc, "New York"),
        Entry("New York City", EntityLabels.Loc, "New York City"),
        Entry("Reading", EntityLabels.Loc, "Reading", GazetteerFlags.CommonWord),
        Entry("Florence", EntityLabels.Loc, "Florence", GazetteerFlags.Ambiguous),
        Entry("Tajik", EntityLabels.Norp, "Tajik"),
        Entry("Afghan", EntityLabels.Norp, "Afghan"),
        Entry("Russian", EntityLabels.Norp, "Russian"),
        Entry("Vladimir Putin", EntityLabels.Person, "Vladimir Putin"),
    ],
    commonWords: ["reading", "nice", "said"],
    firstNames: ["sergei", "florence"]);

    private static GazetteerEntry Entry(string name, string label, string canonical, GazetteerFlags flags = GazetteerFlags.None) =>
        new(TextKey.Of(name), label, flags, canonical);

    public static string CommittedPath => Path.Combine(TestPaths.RepoRoot, "models", "gazetteer.tsv.gz");

    public static Gazetteer Committed => Gazetteer.LoadShared(CommittedPath);

    /// <summary>Segmenter + the three entity stages over <paramref name="gazetteer"/>.</summary>
    public static Document Tag(string text, Gazetteer? gazetteer = null)
    {
        gazetteer ??= Small;
        return Annotate.Run(text, new Segmenter(), new GazetteerEntityTagger(gazetteer), new EntityRules(gazetteer), new AliasResolver());
    }

    public static Document TagWithCommitted(string text) => Tag(text, Committed);

    /// <summary>(text, label) of every entity the entity stages find with the committed gazetteer.</summary>
    public static List<(string Text, string Label)> PairsWithCommitted(string text) => Annotate.EntityPairs(TagWithCommitted(text)).ToList();
}
