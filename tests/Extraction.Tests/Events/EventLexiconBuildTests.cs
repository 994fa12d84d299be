using Extraction.Events;

namespace Extraction.Tests.Events;

public class EventLexiconBuildTests
{
    [Fact]
    public void Build_lexicon_command_reproduces_the_committed_lexicon()
    {
        Extraction.Tests.Support.CliRunner.AssertRebuildsCommittedFile(EventStage.DefaultLexiconPath, "events", "build-lexicon");
        Assert.Equal(2, Extraction.Tests.Support.CliRunner.Run("events", "build-lexicon", "--data", "/no/such/folder").ExitCode);
    }

    /// <summary>Entities keep the name the text gives a country ("Turkey", not the list's "Türkiye"): the lexicon knows it by
    /// the gazetteer's names of countries; and a major city that is no capital has its country, for a dateline.</summary>
    [Fact]
    public void The_committed_lexicon_knows_countries_by_their_news_names_and_major_cities_by_country()
    {
        var lexicon = EventTestSupport.Lexicon;
        Assert.Equal("Türkiye", lexicon.CountryNamed("Turkey"));
        Assert.Equal("United Kingdom", lexicon.CountryNamed("Britain"));
        Assert.Equal("Myanmar", lexicon.CountryNamed("Burma"));
        Assert.Equal("Russia", lexicon.CountryNamed("Russia"));
        Assert.True(lexicon.IsCountry("Czech Republic"));
        Assert.Null(lexicon.CountryNamed("Istanbul"));
        Assert.Equal("Türkiye", lexicon.CountryOfCity("Istanbul"));
        Assert.Equal("Pakistan", lexicon.CountryOfCity("Karachi"));
        Assert.Null(lexicon.CountryOfCity("Moscow"));  // a capital, which stands for its state: CountryOfCapital
        Assert.False(lexicon.IsState("Istanbul"));
    }

    /// <summary>A block's pattern serves all its verbs but those the dictionary gives an own sense of another type than the verb the
    /// pattern was written for (its comment): INDICT's "(FOR &amp;CRIME) [173]" is no pattern of BLAME or ACCUSE.</summary>
    [Fact]
    public void A_pattern_written_for_one_verb_does_not_serve_a_verb_of_another_sense()
    {
        var lexicon = EventTestSupport.Lexicon;
        var forCrime = lexicon.Block(lexicon.Verb("blame")!.Block).Patterns.Single(p => p.Post.SequenceEqual(["for", "&CRIME"]) && p.Code == "173");
        Assert.Contains("blame", forCrime.NotFor!);
        Assert.Contains("accuse", forCrime.NotFor!);
        Assert.DoesNotContain("indict", forCrime.NotFor!);
        Assert.DoesNotContain("convict", forCrime.NotFor!);  // of the same sense as INDICT
    }

    /// <summary>British spellings of the dictionary's "-ize" verbs are forms of them ("finalised" was no verb).</summary>
    [Theory]
    [InlineData("finalize", "finalise")]
    [InlineData("analyze", "analyse")]
    [InlineData("organize against", "organise against")]
    public void A_verb_in_ize_has_a_british_spelling(string lemma, string british) =>
        Assert.Equal(british, EventLexiconBuilder.BritishSpelling(lemma));

    [Theory]
    [InlineData("withdraw", "withdrawn")]
    [InlineData("undertake", "undertaken")]
    [InlineData("beat", "beaten")]
    [InlineData("attack", null)]
    [InlineData("torpedo", null)]
    [InlineData("draw up", null)]
    public void An_irregular_verb_has_its_participle_by_its_stem(string lemma, string? participle) =>
        Assert.Equal(participle, EventLexiconBuilder.IrregularParticiple(lemma));

    [Theory]
    [InlineData("seize")]
    [InlineData("size")]
    [InlineData("attack")]
    public void Other_verbs_have_none(string lemma) => Assert.Null(EventLexiconBuilder.BritishSpelling(lemma));

    [Theory]
    [InlineData("finalised", "finalize")]
    [InlineData("scrutinising", "scrutinize")]
    [InlineData("criticised", "criticise")]  // listed by the dictionary itself
    // a final "l" doubled in British spelling where the dictionary lists no forms (they were no verbs)
    [InlineData("travelled", "travel")]
    [InlineData("refuelling", "refuel")]
    public void The_committed_lexicon_reads_british_forms(string form, string lemma) =>
        Assert.Equal(lemma, EventTestSupport.Lexicon.VerbLemma(form));

    /// <summary>A context's name in the mapping's mode column ("175: ASSAULT, pro_autocracy , military") is no mode: the
    /// code's description stands for it.</summary>
    [Fact]
    public void A_context_in_the_mode_column_is_no_mode()
    {
        Assert.Equal("use violent repression", EventTestSupport.Lexicon.Code("175")?.Mode);
        Assert.Equal("heavy-weapons", EventTestSupport.Lexicon.Code("194")?.Mode);
    }

    /// <summary>A curfew or a state of emergency eased is a concession, as PLOVER's manual says (the 2021 table: RETREAT), and
    /// an editor's dated note after a description is no part of it ("Ease curfew  21.09.17: "ease" is no longer a mode").</summary>
    [Fact]
    public void A_curfew_eased_is_a_concession_described_without_the_editors_note()
    {
        var curfew = EventTestSupport.Lexicon.Code("0813");
        Assert.Equal("CONCEDE", curfew?.Type);
        Assert.Equal("ease curfew", curfew?.Mode);
        Assert.Equal("CONCEDE", EventTestSupport.Lexicon.Code("0814")?.Type);
    }

    /// <summary>CAMEO 016, deny responsibility, is REJECT as PLOVER's manual suggests; the rest of 01x (statements) stays unread.</summary>
    [Fact]
    public void A_denial_of_responsibility_is_a_rejection()
    {
        Assert.Equal("REJECT", EventTestSupport.Lexicon.Code("016")?.Type);
        Assert.Null(EventTestSupport.Lexicon.Code("015"));
        Assert.Null(EventTestSupport.Lexicon.Code("010"));
    }
}
