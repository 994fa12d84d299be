using Extraction.Model;
using Extraction.Pipeline;
using Extraction.Segmentation;
using Extraction.Tests.Support;

namespace Extraction.Tests.Segmentation;

public class SegmenterTests
{
    private static string[] Tokens(string text)
    {
        var doc = Annotate.Run(text, new Segmenter());
        return doc.Tokens.Select(t => text[t.Start..t.End]).ToArray();
    }

    private static string[] Sentences(string text, Segmenter? segmenter = null)
    {
        var doc = Annotate.Run(text, segmenter ?? new Segmenter());
        return doc.Sentences.Select(s => text[s.Start..s.End]).ToArray();
    }

    [Fact]
    public void Seed_has_its_header_paragraph_and_29_sentences()
    {
        string text = File.ReadAllText(Path.Combine(TestPaths.Seeds, "000_362495c372b1300c.txt"));
        var doc = Annotate.Run(text, new Segmenter());

        SegmentationInvariants.AssertDocument(doc);
        Assert.Equal(7, doc.Paragraphs.Count);
        Assert.Equal("Publication: Eurasia Daily Monitor Volume: 1 Issue: 105", doc.Slice(doc.Paragraphs[0].Start, doc.Paragraphs[0].End));
        Assert.Equal(29, doc.Sentences.Count);
        var sentences = doc.Sentences.Select(s => doc.Slice(s.Start, s.End)).ToList();
        Assert.Equal("Publication: Eurasia Daily Monitor Volume: 1 Issue: 105", sentences[0]);
        Assert.Equal(
            "Even the mere fact that Russia has been invited to attend the summit suggests that Moscow’s once rather lackluster reputation in Tashkent, for instance, has shifted in recent times (Khovar News Agency, October 12).",
            sentences[4]);
        Assert.Equal("Central Asian political leaders are skilled in their efforts to enhance U.S. and Western security assistance programs.", sentences[26]);
        Assert.Equal(
            "Russia’s entry into CACO, while promoting its interests through the CSTO and SCO, combined with higher levels of practical bilateral activities are being warmly welcomed in Central Asia as confirmation of a fact known in Moscow for some time: Russia will not go away.",
            sentences[28]);
        Assert.Equal(6, doc.Sentences[28].Paragraph);
    }

    [Theory]
    [InlineData("Russia’s reputation", new[] { "Russia", "’s", "reputation" })]
    [InlineData("the CSTO's exercises", new[] { "the", "CSTO", "'s", "exercises" })]
    [InlineData("We don't know. It isn’t.", new[] { "We", "do", "n't", "know", ".", "It", "is", "n’t", "." })]
    [InlineData("the U.S.'s aid and D.C.’s mayor", new[] { "the", "U.S.", "'s", "aid", "and", "D.C.", "’s", "mayor" })]
    [InlineData("they'll say I'm O'Brien", new[] { "they", "'ll", "say", "I", "'m", "O'Brien" })]
    [InlineData("Itar-Tass, Rubezh-2004, Tajik-Afghan, military-technical, re-assertive",
        new[] { "Itar-Tass", ",", "Rubezh-2004", ",", "Tajik-Afghan", ",", "military-technical", ",", "re-assertive" })]
    [InlineData("$300 million", new[] { "$", "300", "million" })]
    [InlineData("the 201st in the 1990s' wars", new[] { "the", "201st", "in", "the", "1990s", "'", "wars" })]
    [InlineData("10.5% of 3,000 at 10:30 on 10/12/2004", new[] { "10.5", "%", "of", "3,000", "at", "10:30", "on", "10/12/2004" })]
    [InlineData("items 1,2 and 3", new[] { "items", "1", ",", "2", "and", "3" })]
    [InlineData("see http://example.com/a_(b)/c?d=1, or www.itar-tass.com.", new[] { "see", "http://example.com/a_(b)/c?d=1", ",", "or", "www.itar-tass.com", "." })]
    [InlineData("(https://x.org/page)", new[] { "(", "https://x.org/page", ")" })]
    // a site named by its address is one word; a missing space after a full stop is no address
    [InlineData("(News.am, 24.kg; gov.uk) home.It home.it", new[] { "(", "News.am", ",", "24.kg", ";", "gov.uk", ")", "home", ".", "It", "home", ".", "it" })]
    // an outlet's domain may have up to six letters; a capital after a missing space opens no domain
    [InlineData("Kaktus.media said (Fergana.online) the media.Media", new[] { "Kaktus.media", "said", "(", "Fergana.online", ")", "the", "media", ".", "Media" })]
    [InlineData("mail j.smith+news@mail.example.org.", new[] { "mail", "j.smith+news@mail.example.org", "." })]
    [InlineData("the U.S. and U.K., e.g. J. R. Smith", new[] { "the", "U.S.", "and", "U.K.", ",", "e.g.", "J.", "R.", "Smith" })]
    [InlineData("Gen. Ivanov, Mr. Smith etc. and no. more", new[] { "Gen.", "Ivanov", ",", "Mr.", "Smith", "etc.", "and", "no", ".", "more" })]
    [InlineData("war\u2014and peace \u2013 now", new[] { "war", "\u2014", "and", "peace", "\u2013", "now" })]
    [InlineData("Wait... what?!", new[] { "Wait", "...", "what", "?", "!" })]
    [InlineData("Путин, Élysée, naïve", new[] { "Путин", ",", "Élysée", ",", "naïve" })]
    [InlineData("北京是首都。", new[] { "北", "京", "是", "首", "都", "。" })]
    [InlineData("ok \uD83D\uDE00\uD83D\uDE00 \uD800\uDF30x \uD840\uDC00x \uD805\uDE60.", new[] { "ok", "\uD83D\uDE00", "\uD83D\uDE00", "\uD800\uDF30x", "\uD840\uDC00", "x", "\uD805\uDE60", "." })]
    [InlineData("cafe\u0301 \u2764\uFE0F \uD83D\uDC4D\uD83C\uDFFD", new[] { "cafe\u0301", "\u2764\uFE0F", "\uD83D\uDC4D\uD83C\uDFFD" })]
    public void Tokenizes(string text, string[] expected) => Assert.Equal(expected, Tokens(text));

    [Fact]
    public void Token_kinds_make_money_and_numbers_easy_to_match()
    {
        var doc = Annotate.Run("Paid $300, 10.5% and 201st.", new Segmenter());
        Assert.Equal(
            [TokenKind.Word, TokenKind.Symbol, TokenKind.Number, TokenKind.Punctuation, TokenKind.Number, TokenKind.Punctuation,
             TokenKind.Word, TokenKind.Number, TokenKind.Punctuation],
            doc.Tokens.Select(t => t.Kind));
    }

    [Theory]
    [InlineData("Gen. Ivanov arrived. He left.", new[] { "Gen. Ivanov arrived.", "He left." })]
    [InlineData("It opens on Oct. 12 in Dushanbe. Talks follow.", new[] { "It opens on Oct. 12 in Dushanbe.", "Talks follow." })]
    [InlineData("Mr. Smith and Dr. Jones met No. 5 staff.", new[] { "Mr. Smith and Dr. Jones met No. 5 staff." })]
    [InlineData("J. R. Smith said so. Others disagreed.", new[] { "J. R. Smith said so.", "Others disagreed." })]
    [InlineData("Growth was 10.5 percent. Prices fell.", new[] { "Growth was 10.5 percent.", "Prices fell." })]
    [InlineData("Some fruit, e.g. apples, i.e. cheap ones, etc. were sold.", new[] { "Some fruit, e.g. apples, i.e. cheap ones, etc. were sold." })]
    [InlineData("It was aid from the U.S. The talks went on.", new[] { "It was aid from the U.S.", "The talks went on." })]
    [InlineData("The U.S. Army arrived.", new[] { "The U.S. Army arrived." })]
    [InlineData("They sold tanks, guns etc. But nobody paid.", new[] { "They sold tanks, guns etc.", "But nobody paid." })]
    [InlineData("He left.\" Then she came.", new[] { "He left.\"", "Then she came." })]
    [InlineData("(See above.) Next item.", new[] { "(See above.)", "Next item." })]
    [InlineData("He said “stop.” She did.", new[] { "He said “stop.”", "She did." })]
    [InlineData("Why? Because! Fine.", new[] { "Why?", "Because!", "Fine." })]
    [InlineData("\"Why?\" he asked. \"Now!\", she said.", new[] { "\"Why?\" he asked.", "\"Now!\", she said." })]
    [InlineData("He paused... Then spoke... and stopped.", new[] { "He paused...", "Then spoke... and stopped." })]
    [InlineData("It ended. \"We won,\" he said.", new[] { "It ended.", "\"We won,\" he said." })]
    [InlineData("A line\nwrapped here. Next one.", new[] { "A line\nwrapped here.", "Next one." })]
    [InlineData("No full stop at the end", new[] { "No full stop at the end" })]
    [InlineData("See Art. 5 and Fig. 3. The answer was No. Russia refused.", new[] { "See Art. 5 and Fig. 3.", "The answer was No.", "Russia refused." })]
    [InlineData("Sen. John McCain, R-Ariz., disagreed. Prices rose 2 pct. to $5.", new[] { "Sen. John McCain, R-Ariz., disagreed.", "Prices rose 2 pct. to $5." })]
    [InlineData("北京很大。上海也很大。", new[] { "北京很大。", "上海也很大。" })]
    [InlineData("Kallas wrote on X. Hungary's leader objected. Letters by J. Smith on X. Y. Zhang replied.",
        new[] { "Kallas wrote on X.", "Hungary's leader objected.", "Letters by J. Smith on X.", "Y. Zhang replied." })]
    public void Splits_sentences(string text, string[] expected) => Assert.Equal(expected, Sentences(text));

    [Fact]
    public void Sentences_never_cross_paragraphs()
    {
        string text = "Publication: Monitor Volume: 1 Issue: 2\n\nFirst paragraph without a stop\n   \nSecond one. Two sentences.\r\n\r\n\tThird.  ";
        var doc = Annotate.Run(text, new Segmenter());
        Assert.Equal(
            ["Publication: Monitor Volume: 1 Issue: 2", "First paragraph without a stop", "Second one. Two sentences.", "Third."],
            doc.Paragraphs.Select(p => doc.Slice(p.Start, p.End)));
        Assert.Equal([0, 1, 2, 2, 3], doc.Sentences.Select(s => s.Paragraph));
        SegmentationInvariants.AssertDocument(doc);
    }

    /// <summary>A byline under a headline is a paragraph of its own (the headline's sentence ran on into the author's name,
    /// who became a party to its event); a sentence that opens with "By" is none.</summary>
    [Fact]
    public void A_byline_is_its_own_paragraph()
    {
        string text = "Uzbekistan Courts Gulf Capital as Mirziyoyev Seeks Partners\nBy Umida Hashimova\n\nDuring his visit, he spoke.\n" +
                      "By the end of the year\nprices rose.";
        var doc = Annotate.Run(text, new Segmenter());
        Assert.Equal(
            ["Uzbekistan Courts Gulf Capital as Mirziyoyev Seeks Partners", "By Umida Hashimova", "During his visit, he spoke.\nBy the end of the year\nprices rose."],
            doc.Paragraphs.Select(p => doc.Slice(p.Start, p.End)));
        SegmentationInvariants.AssertDocument(doc);
    }

    [Fact]
    public void A_metadata_header_ending_at_BodyStart_is_its_own_paragraph()
    {
        string text = "Title: Talks resume\nDate: 2004-10-12\nTalks resumed in Dushanbe. Both sides agreed.";
        var doc = new Document("d", text, new DocumentSource("test")) { BodyStart = text.IndexOf("Talks resumed", StringComparison.Ordinal) };
        new Segmenter().Process(doc);
        Assert.Equal(
            ["Title: Talks resume\nDate: 2004-10-12", "Talks resumed in Dushanbe. Both sides agreed."],
            doc.Paragraphs.Select(p => doc.Slice(p.Start, p.End)));
        Assert.All(doc.Sentences, s => Assert.Equal(s.Start >= doc.BodyStart ? 1 : 0, s.Paragraph));
        SegmentationInvariants.AssertDocument(doc);
    }

    [Fact]
    public void Empty_and_blank_text_has_no_segments()
    {
        foreach (var text in new[] { "", "  \n\r\n\t " })
        {
            var doc = Annotate.Run(text, new Segmenter());
            Assert.Empty(doc.Paragraphs);
            Assert.Empty(doc.Sentences);
            Assert.Empty(doc.Tokens);
        }
    }

    [Fact]
    public void Settings_add_abbreviations_and_sentence_starters()
    {
        var config = PipelineConfig.Parse("""{"stages": [{"name": "segmenter", "abbreviations": ["Gov't.", "Sqn"]}]}""", ".");
        Assert.Throws<ConfigException>(() => ExtractionPipeline.FromConfig(config));

        config = PipelineConfig.Parse("""{"stages": [{"name": "segmenter", "abbreviations": ["Sqn."], "sentence_starters": ["Later"]}]}""", ".");
        var segmenter = (Segmenter)ExtractionPipeline.FromConfig(config).Stages[0];
        Assert.Equal(["The 5 Sqn. Leader flew.", "Later he landed."], Sentences("The 5 Sqn. Leader flew. Later he landed.", segmenter));
        Assert.Equal(["The 5 Sqn.", "Leader flew."], Sentences("The 5 Sqn. Leader flew."));
    }

    [Fact]
    public void Sentence_splitter_and_tokenizer_work_alone()
    {
        const string text = "Skip this. Gen. Ivanov came. He went.";
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, 11, text.Length, tokens);
        var sentences = new List<Sentence>();
        SentenceSplitter.Default.Split(text, tokens, 0, tokens.Count, 0, sentences);
        Assert.Equal(["Gen. Ivanov came.", "He went."], sentences.Select(s => text[s.Start..s.End]));
        Assert.Equal(new Sentence(11, 28, 0, 4, 0), sentences[0]);
    }
}
