using Extraction.Model;

namespace Extraction.Relations;

/// <summary>
/// Wikidata properties of Re-DocRED that carry one of our relation types without doubt. Re-DocRED's h → t direction
/// becomes ours (head → tail) or is reversed where the property names the other side:
/// <code>
/// P463 member of, P102 member of political party, P108 employer, P241 military branch,
/// P749 parent organization                                   → BELONGS_TO (h → t)
/// P355 subsidiary                                            → BELONGS_TO (t → h)
/// P35 head of state, P6 head of government, P488 chairperson → IN_CHARGE_OF (t → h: the person is the head)
/// P131 located in the administrative territorial entity, P17 country, P276 location, P159 headquarters location,
/// P1376 capital of, P706 located on terrain feature, P551 residence, P937 work location → CO_LOCATED (h → t)
/// P150 contains administrative territorial entity, P36 capital → CO_LOCATED (t → h)
/// </code>
/// Left out: citizenship, birth/death places, "part of"/"has part" (too loose for BELONGS_TO), conflicts and
/// participants (events, not relations), and everything about works, families and dates.
/// </summary>
public static class ReDocRedMapping
{
    private static readonly Dictionary<string, (string Type, bool Reverse)> Map_ = new(StringComparer.Ordinal)
    {
        ["P463"] = (RelationTypes.BelongsTo, false),
        ["P102"] = (RelationTypes.BelongsTo, false),
        ["P108"] = (RelationTypes.BelongsTo, false),
        ["P241"] = (RelationTypes.BelongsTo, false),
        ["P749"] = (RelationTypes.BelongsTo, false),
        ["P355"] = (RelationTypes.BelongsTo, true),
        ["P35"] = (RelationTypes.InChargeOf, true),
        ["P6"] = (RelationTypes.InChargeOf, true),
        ["P488"] = (RelationTypes.InChargeOf, true),
        ["P131"] = (RelationTypes.CoLocated, false),
        ["P17"] = (RelationTypes.CoLocated, false),
        ["P276"] = (RelationTypes.CoLocated, false),
        ["P159"] = (RelationTypes.CoLocated, false),
        ["P1376"] = (RelationTypes.CoLocated, false),
        ["P706"] = (RelationTypes.CoLocated, false),
        ["P551"] = (RelationTypes.CoLocated, false),
        ["P937"] = (RelationTypes.CoLocated, false),
        ["P150"] = (RelationTypes.CoLocated, true),
        ["P36"] = (RelationTypes.CoLocated, true),
    };

    /// <summary>Our type and whether head and tail swap, or null when the property has no clean mapping.</summary>
    public static (string Type, bool Reverse)? Map(string property) => Map_.TryGetValue(property, out var m) ? m : null;
}
