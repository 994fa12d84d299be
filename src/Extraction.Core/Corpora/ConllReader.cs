using Extraction.Model;
using Extraction.Pipeline;

namespace Extraction.Corpora;

/// <summary>
/// CoNLL / IOB2 files: a token per line, a blank line between sentences, <c>#</c> comment lines skipped.
/// The tag is the last column that looks like a tag (O, B-X, I-X; also E-/S-/L-/U- and IOB1's I- openings), so
/// UNER's five columns (index, token, tag, misc, annotator) and two-column files both read. When the first
/// column numbers the tokens 1..n (CoNLL-U style) the token is the second column, else the first.
/// Documents: "# newdoc" comments or "-DOCSTART-" lines group sentences; a file without either has one document
/// per sentence (CrossNER). The text is the tokens joined by single spaces, sentences by a blank line (TokenTextBuilder).
/// </summary>
public static class ConllReader
{
    public static Corpus Read(string path, LabelMap map)
    {
        var tally = new LabelTally(map);
        var docs = new List<AnnotatedDocument>();
        string stem = System.IO.Path.GetFileNameWithoutExtension(path);
        var builder = new TokenTextBuilder();
        var pending = new List<(int First, int End, string Label)>();
        var sentence = new List<(string[] Columns, long Line)>();
        string? docId = null;
        bool grouped = false;
        long lineNo = 0;

        foreach (var raw in File.ReadLines(path))
        {
            lineNo++;
            string line = raw.TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(line))
            {
                FlushSentence();
                if (!grouped) FlushDocument();
                continue;
            }
            string[] columns = line.Contains('\t') ? line.Split('\t') : line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // "#<TAB>O" is a token; "# newdoc id = …" and "# text = …" are comments.
            if (line[0] == '#' && !(line.Contains('\t') && columns.Length >= 2 && IsTag(columns[^1])))
            {
                const string newdoc = "# newdoc";
                if (line.StartsWith(newdoc, StringComparison.Ordinal))
                {
                    FlushSentence();
                    FlushDocument();
                    grouped = true;
                    int eq = line.IndexOf('=');
                    docId = eq >= 0 && line[(eq + 1)..].Trim() is { Length: > 0 } id ? id : null;
                }
                continue;
            }
            if (columns[0] == "-DOCSTART-")
            {
                FlushSentence();
                FlushDocument();
                grouped = true;
                continue;
            }
            sentence.Add((columns, lineNo));
        }
        FlushSentence();
        FlushDocument();

        foreach (var d in docs) d.AnnotatedLabels = tally.Annotated;
        return new Corpus { Path = path, Format = CorpusFormat.Conll, Documents = docs, AnnotatedLabels = tally.Annotated, DroppedLabels = tally.Dropped };

        void FlushSentence()
        {
            if (sentence.Count == 0) return;
            bool indexed = true;
            for (int i = 0; i < sentence.Count && indexed; i++)
                indexed = sentence[i].Columns.Length >= 3 && sentence[i].Columns[0] == (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            int tokenColumn = indexed ? 1 : 0;

            int open = -1;
            string? openType = null;
            foreach (var (columns, line) in sentence)
            {
                int tagColumn = columns.Length - 1;
                while (tagColumn > tokenColumn && !IsTag(columns[tagColumn])) tagColumn--;
                if (tagColumn <= tokenColumn)
                    throw new CorpusException(ErrorCodes.InputUnsupported, $"{path}:{line}: no IOB tag after the token column");
                string tag = columns[tagColumn];
                int index = builder.TokenCount;
                builder.AddToken(columns[tokenColumn]);

                char prefix = tag[0];
                string? type = tag.Length > 2 ? tag[2..] : null;
                bool continues = prefix is 'I' or 'E' or 'L' && open >= 0 && type == openType;
                if (!continues)
                {
                    Close(index);
                    if (type is not null) { open = index; openType = type; }
                }
                if (prefix is 'E' or 'L' or 'S' or 'U') Close(index + 1);
            }
            Close(builder.TokenCount);
            builder.EndSentence();
            sentence.Clear();

            void Close(int end)
            {
                if (open >= 0 && tally.Map(openType!) is { } ours) pending.Add((open, end, ours));
                open = -1;
                openType = null;
            }
        }

        void FlushDocument()
        {
            if (builder.TokenCount > 0)
            {
                var spans = pending.Select(p => (Span: builder.SpanOfTokens(p.First, p.End), p.Label)).ToList();
                var doc = builder.Build(docId ?? $"{stem}-{docs.Count + 1}");
                foreach (var (span, label) in spans) TokenTextBuilder.AddEntity(doc, span, label, "conll");
                docs.Add(doc);
            }
            builder = new TokenTextBuilder();
            pending.Clear();
            docId = null;
        }
    }

    /// <summary>O, or a one-letter IOB/BIOES/BILOU prefix, a dash and a type.</summary>
    internal static bool IsTag(string s) =>
        s == "O" || (s.Length > 2 && s[1] == '-' && s[0] is 'B' or 'I' or 'E' or 'S' or 'L' or 'U');
}
