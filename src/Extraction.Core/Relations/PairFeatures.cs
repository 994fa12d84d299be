using System.Text;
using Extraction.Model;

namespace Extraction.Relations;

/// <summary>
/// The sparse features of a candidate pair (first and second entity of a sentence in text order), as one
/// space-separated string of feature names for the classifier: both labels, token distance, entities between,
/// the words between (bag, first, last, whole when short), the words around the pair, the entities' head words,
/// title words and their kind, possessives and commas. Shared by training and run time, so both see the same.
/// </summary>
public static class PairFeatures
{
    private const int ShortGap = 4;

    public static string Build(SentenceView view, int first, int second)
    {
        var a = view.Entities[first];
        var b = view.Entities[second];
        var f = new List<string>(48);
        string la = a.Label, lb = b.Label, ll = la + "_" + lb;
        f.Add("la=" + la);
        f.Add("lb=" + lb);
        f.Add("ll=" + ll);

        int gapFirst = view.EndTokenOf(first), gapEnd = view.FirstTokenOf(second);
        int gap = Math.Max(0, gapEnd - gapFirst);
        f.Add("dist=" + Bucket(gap));
        f.Add("ll_dist=" + ll + "_" + Bucket(gap));
        f.Add("ebtw=" + Math.Min(second - first - 1, 3));

        if (gap == 0) f.Add("adjacent");
        var between = new StringBuilder();
        for (int t = gapFirst; t < gapEnd; t++)
        {
            int e = view.EntityAt(t);
            if (e >= 0)
            {
                // An entity between counts once, by its label.
                f.Add("bent=" + view.Entities[e].Label);
                if (gap <= ShortGap) between.Append('<').Append(view.Entities[e].Label).Append('>').Append('_');
                t = view.EndTokenOf(e) - 1;
                continue;
            }
            string w = Normal(view.Word(t));
            f.Add("bw=" + w);
            if (gap <= ShortGap) between.Append(w).Append('_');
            var kind = TitleLexicon.KindOf(w);
            if (kind is TitleKind.Head or TitleKind.Member) f.Add("btitle=" + kind);
        }
        if (gap > 0)
        {
            string fw = Normal(view.Word(gapFirst)), lw = Normal(view.Word(gapEnd - 1));
            f.Add("bf=" + fw);
            f.Add("bl=" + lw);
            f.Add("ll_bf=" + ll + "_" + fw);
            f.Add("ll_bl=" + ll + "_" + lw);
        }
        if (between.Length > 0)
        {
            f.Add("bseq=" + between);
            f.Add("ll_bseq=" + ll + "_" + between);
        }

        Coordination(view, first, second, ll, f);

        Around(view, view.FirstTokenOf(first) - 1, -1, "pa", f);
        Around(view, view.EndTokenOf(second), +1, "nb", f);
        Around(view, view.EndTokenOf(first), +1, "na", f);
        Around(view, view.FirstTokenOf(second) - 1, -1, "pb", f);

        f.Add("ha=" + Normal(view.Word(view.EndTokenOf(first) - 1)));
        f.Add("hb=" + Normal(view.Word(view.EndTokenOf(second) - 1)));
        TitleInside(view, first, "ta", f);
        TitleInside(view, second, "tb", f);
        return string.Join(' ', f);
    }

    /// <summary>
    /// Lists share their relation ("strikes in Syria and Iraq", "the UK and France fight ISIL"): when the second
    /// entity is a later conjunct, the words before the list's first conjunct; when the first entity opens a list
    /// that ends before the second, the words after the list's last conjunct.
    /// </summary>
    private static void Coordination(SentenceView view, int first, int second, string ll, List<string> f)
    {
        int c = second;
        while (c - 1 > first && Conjoined(view, c - 1, c)) c--;
        if (c != second)
        {
            int gapFirst = view.EndTokenOf(first), gapEnd = view.FirstTokenOf(c);
            f.Add("cjb");
            if (gapEnd > gapFirst)
            {
                string lw = Normal(view.Word(gapEnd - 1));
                f.Add("cjb_bl=" + lw);
                f.Add("cjb_ll_bl=" + ll + "_" + lw);
            }
            else f.Add("cjb_adjacent");
        }
        int d = first;
        while (d + 1 < second && Conjoined(view, d, d + 1)) d++;
        if (d != first)
        {
            f.Add("cja");
            int gapFirst = view.EndTokenOf(d), gapEnd = view.FirstTokenOf(second);
            if (gapEnd > gapFirst)
            {
                string fw = Normal(view.Word(gapFirst));
                f.Add("cja_bf=" + fw);
                f.Add("cja_ll_bf=" + ll + "_" + fw);
            }
        }
    }

    /// <summary>Entities <paramref name="a"/> and <paramref name="b"/> of one label joined only by ",", "and", "or".</summary>
    private static bool Conjoined(SentenceView view, int a, int b)
    {
        if (view.Entities[a].Label != view.Entities[b].Label) return false;
        int from = view.EndTokenOf(a), to = view.FirstTokenOf(b);
        if (to - from is < 1 or > 2) return false;
        for (int t = from; t < to; t++)
            if (!view.WordIs(t, ",", "and", "or")) return false;
        return true;
    }

    /// <summary>Two words on one side of an entity (stopping at the sentence edge).</summary>
    private static void Around(SentenceView view, int start, int step, string name, List<string> f)
    {
        string w1 = view.InSentence(start) ? Normal(view.Word(start)) : "<S>";
        f.Add(name + "1=" + w1);
        string w2 = view.InSentence(start) && view.InSentence(start + step) ? Normal(view.Word(start + step)) : "<S>";
        f.Add(name + "2=" + w2 + "_" + w1);
    }

    /// <summary>re3d-style spans carry their titles ("Iraqi President Fuad Masum"): the kind of the title words inside.</summary>
    private static void TitleInside(SentenceView view, int entity, string name, List<string> f)
    {
        for (int t = view.FirstTokenOf(entity); t < view.EndTokenOf(entity); t++)
        {
            var kind = TitleLexicon.KindOf(view.Word(t));
            if (kind is TitleKind.Head or TitleKind.Member) f.Add(name + "=" + kind);
        }
    }

    private static string Bucket(int n) => n switch { <= 3 => n.ToString(), <= 5 => "4-5", <= 8 => "6-8", <= 12 => "9-12", _ => "13+" };

    /// <summary>Lower case, digits folded, and the curly apostrophe made straight so "’s" and "'s" agree.</summary>
    private static string Normal(string word)
    {
        var sb = new StringBuilder(word.Length);
        foreach (char c in word)
            sb.Append(char.IsDigit(c) ? '0' : c == '’' ? '\'' : char.IsWhiteSpace(c) ? '_' : char.ToLowerInvariant(c));
        return sb.ToString();
    }
}
