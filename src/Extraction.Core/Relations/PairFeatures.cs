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
    /// <summary>A crude stem: "attacks", "attacked", "attacking" share "attac" (the corpus is too small for each form).</summary>
    private const int StemLength = 5;

    /// <summary>The features as one string (training examples).</summary>
    public static string Build(SentenceView view, int first, int second)
    {
        var f = new FeatureWriter();
        Write(view, first, second, f);
        return f.Written.ToString();
    }

    /// <summary>Writes the features of the pair into <paramref name="f"/> (cleared first); the run-time path reuses one writer.</summary>
    public static void Write(SentenceView view, int first, int second, FeatureWriter f)
    {
        f.Clear();
        var a = view.Entities[first];
        var b = view.Entities[second];
        string la = a.Label, lb = b.Label, ll = la + "_" + lb;
        f.Add("la=", la);
        f.Add("lb=", lb);
        f.Add("ll=", ll);

        int gapFirst = view.EndTokenOf(first), gapEnd = view.FirstTokenOf(second);
        int gap = Math.Max(0, gapEnd - gapFirst);
        f.Add("dist=", Bucket(gap));
        f.Add("ll_dist=", ll, "_", Bucket(gap));
        f.Add("ebtw=", Bucket(Math.Min(second - first - 1, 3)));

        if (gap == 0) f.Add("adjacent");
        var between = new StringBuilder();
        for (int t = gapFirst; t < gapEnd; t++)
        {
            int e = view.EntityAt(t);
            if (e >= 0)
            {
                // An entity between counts once, by its label.
                f.Add("bent=", view.Entities[e].Label);
                if (gap <= ShortGap) between.Append('<').Append(view.Entities[e].Label).Append('>').Append('_');
                t = view.EndTokenOf(e) - 1;
                continue;
            }
            string w = view.NormalWord(t);
            f.Add("bw=", w);
            f.Add("ll_bw=", ll, "_", w);
            if (w.Length > StemLength) f.Add("bs=", w[..StemLength]);
            if (gap <= ShortGap) between.Append(w).Append('_');
            var kind = TitleLexicon.KindOf(w);
            if (kind is TitleKind.Head or TitleKind.Member) f.Add("btitle=", TitleName(kind));
        }
        if (gap > 0)
        {
            string fw = view.NormalWord(gapFirst), lw = view.NormalWord(gapEnd - 1);
            f.Add("bf=", fw);
            f.Add("bl=", lw);
            f.Add("ll_bf=", ll, "_", fw);
            f.Add("ll_bl=", ll, "_", lw);
        }
        if (between.Length > 0)
        {
            string sequence = between.ToString();
            f.Add("bseq=", sequence);
            f.Add("ll_bseq=", ll, "_", sequence);
        }

        Coordination(view, first, second, ll, f);

        Around(view, view.FirstTokenOf(first) - 1, -1, "pa", f);
        Around(view, view.EndTokenOf(second), +1, "nb", f);
        Around(view, view.EndTokenOf(first), +1, "na", f);
        Around(view, view.FirstTokenOf(second) - 1, -1, "pb", f);
        // The frame of each entity: "In Syria, …" locates the whole sentence, "against ISIL ," names a target.
        string a0 = Edge(view, view.FirstTokenOf(first) - 1), a1 = Edge(view, view.EndTokenOf(first));
        string b0 = Edge(view, view.FirstTokenOf(second) - 1), b1 = Edge(view, view.EndTokenOf(second));
        f.Add("fa=", a0, "_", a1);
        f.Add("fb=", b0, "_", b1);
        f.Add("ll_fa=", ll, "_", a0, "_", a1);
        f.Add("ll_fb=", ll, "_", b0, "_", b1);

        f.Add("ha=", view.NormalWord(view.EndTokenOf(first) - 1));
        f.Add("hb=", view.NormalWord(view.EndTokenOf(second) - 1));
        EntityWords(view, first, "a", f);
        EntityWords(view, second, "b", f);
    }

    /// <summary>
    /// Lists share their relation ("strikes in Syria and Iraq", "the UK and France fight ISIL"): when the second
    /// entity is a later conjunct, the words before the list's first conjunct; when the first entity opens a list
    /// that ends before the second, the words after the list's last conjunct.
    /// </summary>
    private static void Coordination(SentenceView view, int first, int second, string ll, FeatureWriter f)
    {
        int c = second;
        while (c - 1 > first && Conjoined(view, c - 1, c)) c--;
        if (c != second)
        {
            int gapFirst = view.EndTokenOf(first), gapEnd = view.FirstTokenOf(c);
            f.Add("cjb");
            if (gapEnd > gapFirst)
            {
                string lw = view.NormalWord(gapEnd - 1);
                f.Add("cjb_bl=", lw);
                f.Add("cjb_ll_bl=", ll, "_", lw);
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
                string fw = view.NormalWord(gapFirst);
                f.Add("cja_bf=", fw);
                f.Add("cja_ll_bf=", ll, "_", fw);
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
    private static void Around(SentenceView view, int start, int step, string name, FeatureWriter f)
    {
        string w1 = view.InSentence(start) ? view.NormalWord(start) : "<S>";
        f.Add(name, "1=", w1);
        string w2 = view.InSentence(start) && view.InSentence(start + step) ? view.NormalWord(start + step) : "<S>";
        f.Add(name, "2=", w2, "_", w1);
    }

    /// <summary>
    /// The entity's own words (some names take part in typical relations: "ISIL", "coalition", "forces") and the kind
    /// of title words inside it (re3d-style spans carry their titles: "Iraqi President Fuad Masum").
    /// </summary>
    private static void EntityWords(SentenceView view, int entity, string name, FeatureWriter f)
    {
        for (int t = view.FirstTokenOf(entity); t < view.EndTokenOf(entity); t++)
        {
            string w = view.NormalWord(t);
            f.Add("w", name, "=", w);
            var kind = TitleLexicon.KindOf(w);
            if (kind is TitleKind.Head or TitleKind.Member) f.Add("t", name, "=", TitleName(kind));
        }
    }

    private static string TitleName(TitleKind kind) => kind == TitleKind.Head ? "Head" : "Member";

    private static string Edge(SentenceView view, int token) => view.InSentence(token) ? view.NormalWord(token) : "<S>";

    private static string Bucket(int n) => n switch { 0 => "0", 1 => "1", 2 => "2", 3 => "3", <= 5 => "4-5", <= 8 => "6-8", <= 12 => "9-12", _ => "13+" };

    /// <summary>Lower case, digits folded, and the curly apostrophe made straight so "’s" and "'s" agree.</summary>
    public static string Normal(string word)
    {
        var sb = new StringBuilder(word.Length);
        foreach (char c in word)
            sb.Append(char.IsDigit(c) ? '0' : c == '’' ? '\'' : char.IsWhiteSpace(c) ? '_' : char.ToLowerInvariant(c));
        return sb.ToString();
    }
}

/// <summary>
/// A reusable buffer of space-separated feature names, so that scoring a candidate pair allocates no strings for its
/// features (each <see cref="Add"/> writes its parts and one space; <see cref="Written"/> drops the last space).
/// </summary>
public sealed class FeatureWriter
{
    private char[] _buffer = new char[2048];
    private int _length;

    public ReadOnlySpan<char> Written => _buffer.AsSpan(0, Math.Max(0, _length - 1));

    public void Clear() => _length = 0;

    public void Add(params ReadOnlySpan<string> parts)
    {
        int needed = _length + 1;
        foreach (var part in parts) needed += part.Length;
        if (needed > _buffer.Length) Array.Resize(ref _buffer, Math.Max(needed, _buffer.Length * 2));
        foreach (var part in parts)
        {
            part.CopyTo(_buffer.AsSpan(_length));
            _length += part.Length;
        }
        _buffer[_length++] = ' ';
    }
}
