"""A short follow-up is read with the answer just given: "syaratnya apa aja?" after JHT."""

from __future__ import annotations

from bot.core.replies import Event
from bot.storage.question_log import QuestionLog


async def say(engine, text, user="ctx1"):
    return (await engine.handle(Event(user, "console", text=text)))[0]


async def test_a_bare_followup_takes_the_program_of_the_last_answer(engine):
    # The generic claim question is the online claim's (the partial claim says 10 persen).
    assert (await say(engine, "cara klaim jht gimana")).entry_id == "jht-klaim-jmo"
    reply = await say(engine, "syaratnya apa aja?")
    assert reply.kind == "faq" and reply.entry_id == "jht-dokumen"
    assert (await say(engine, "suami saya meninggal dapat santunan apa")).entry_id \
        == "jkm-manfaat"
    assert (await say(engine, "dokumennya apa aja")).entry_id == "jkm-syarat-klaim"


async def test_the_same_followup_from_someone_new_is_asked_back(engine):
    await say(engine, "cara klaim jht gimana", user="ctx-a")
    # another user's history is not this user's context
    assert (await say(engine, "syaratnya apa aja?", user="ctx-b")).kind == "suggestions"


async def test_the_audience_of_the_last_answer_carries_over(engine):
    assert (await say(engine, "sy ojol mau ikut bpjs tk brp sebulan")).entry_id \
        == "iuran-bpu-ojol"
    assert (await say(engine, "kalo mau tambah jht?")).entry_id == "iuran-bpu-jht"


async def test_a_followup_naming_its_own_program_is_read_as_written(engine):
    await say(engine, "cara klaim jht gimana")
    assert (await say(engine, "syarat klaim jkp apa?")).entry_id == "jkp-syarat-klaim"


async def test_a_new_question_is_not_steered(engine):
    await say(engine, "cara klaim jht gimana")
    # no follow-up opener, no "-nya": a question of its own
    assert (await say(engine, "iuran bpu berapa")).entry_id == "iuran-bpu-besaran"


async def test_context_expires(engine):
    await say(engine, "cara klaim jht gimana")
    await engine.db.write("UPDATE question_log SET asked_at = asked_at - 3600")
    assert (await say(engine, "syaratnya apa aja?")).kind == "suggestions"


async def test_last_answer_reads_only_the_last_question(engine):
    log = QuestionLog(engine.db)
    first = await log.record("k", "console", "q1", "suggestions", "jht-dokumen", 70.0)
    assert await log.last_answer("k", 60) == (None, ["q1"])  # a list offered is no answer
    await log.choose(first, "k", "jkm-syarat-klaim")
    assert await log.last_answer("k", 60) == ("jkm-syarat-klaim", ["q1"])  # the one picked is
    await log.record("k", "console", "q2", "fallback", "jht-dokumen", 20.0)
    # the nearest entry of a fallback is no answer either; what was told still counts
    assert await log.last_answer("k", 60) == (None, ["q2", "q1"])
    await log.record("k", "console", "q3", "answered", "jp-iuran", 90.0)
    assert await log.last_answer("k", 60) == ("jp-iuran", ["q3", "q2", "q1"])
    assert await log.last_answer("other", 60) is None


async def test_english_followups_point_back_with_a_pronoun(engine):
    assert (await say(engine, "how do i claim my jht", user="ctx-en")).entry_id \
        == "jht-klaim-jmo"
    assert (await say(engine, "how long does it take?", user="ctx-en")).entry_id \
        == "jht-lama-cair"
    # the same question about another program
    assert (await say(engine, "what about jkm?", user="ctx-en")).entry_id == "jkm-lama-cair"
    assert (await say(engine, "what documents do i need for it", user="ctx-en")).entry_id \
        == "jkm-syarat-klaim"


async def test_a_bare_program_asks_the_last_question_of_that_program(engine):
    assert (await say(engine, "berapa lama jht cair", user="ctx-sw")).entry_id \
        == "jht-lama-cair"
    assert (await say(engine, "kalo jkp?", user="ctx-sw")).entry_id == "jkp-lama-cair"
    assert (await say(engine, "iuran jp berapa persen", user="ctx-sw")).entry_id == "jp-iuran"
    assert (await say(engine, "klo jht?", user="ctx-sw")).entry_id == "jht-iuran"


async def test_a_swapped_question_must_keep_its_aspect(engine):
    # "Apa saja yang ditanggung JKM?" reads as who pays (the JKM contribution): a benefit
    # question stays a benefit question.
    assert (await say(engine, "jkk manfaatnya apa aja", user="ctx-asp")).entry_id \
        == "jkk-manfaat"
    assert (await say(engine, "kalau jkm?", user="ctx-asp")).entry_id == "jkm-manfaat"


async def test_a_program_alone_keeps_the_contribution_asked_before(engine):
    # the title "JHT untuk BPU (pilihan)" does not say "iuran": the aspect carries over
    assert (await say(engine, "berapa iuran jht pekerja mandiri", user="ctx-keep")).entry_id \
        == "iuran-bpu-jht"
    assert (await say(engine, "kalau jkm nya?", user="ctx-keep")).entry_id == "iuran-bpu-jkm"


async def test_a_swap_drops_the_gloss_of_the_old_program(engine):
    # "JKM (death benefit) contribution" with JP swapped in is still about a death benefit
    assert (await say(engine, "what is the JKM contribution rate", user="ctx-gloss")
            ).entry_id == "jkm-iuran"
    assert (await say(engine, "and JP?", user="ctx-gloss")).entry_id == "jp-iuran"


async def test_a_followup_borrows_the_situation_told_before(engine):
    first = await say(engine, "bapak saya kerja di pabrik meninggal kemarin karena serangan "
                              "jantung, kami dapat apa ya", user="ctx-story")
    assert (first.entry_id or first.suggestions[0][0]).startswith("jkm-")  # a tie: asked back
    await say(engine, "syaratnya apa aja min", user="ctx-story")
    # two messages on, the death told in the first still makes JHT the heirs' claim
    assert (await say(engine, "kalau jht bapak saya bisa diambil juga?", user="ctx-story")
            ).entry_id == "jht-ahli-waris"
    await say(engine, "saya kena phk bulan lalu, pabrik tutup. jkp saya bisa cair ga?",
              user="ctx-phk")
    assert (await say(engine, "kalau jht?", user="ctx-phk")).entry_id == "jht-klaim-phk"


async def test_a_question_with_a_topic_of_its_own_is_not_steered(engine):
    await say(engine, "klaim jkp gmn caranya", user="ctx-own")
    # "-nya"/short, but about JMO: neither the JKP program nor its question carries over
    assert (await say(engine, "lupa pin jmo gimana min", user="ctx-own")).entry_id \
        == "daftar-jmo-login"


async def test_an_opposite_aspect_keeps_the_program_an_opposite_cause_does_not(engine):
    await say(engine, "jkk itu apa sih", user="ctx-opp")
    # benefits -> contribution: still JKK
    assert (await say(engine, "iurannya berapa persen", user="ctx-opp")).entry_id == "jkk-iuran"
    await say(engine, "meninggal krn kecelakaan kerja dapat apa", user="ctx-cause")
    # a work accident -> illness: JKM, not JKK
    reply = await say(engine, "kalau meninggalnya karena sakit?", user="ctx-cause")
    assert reply.entry_id.startswith("jkm-")


async def test_a_plain_short_question_borrows_the_situation(engine):
    await say(engine, "kontrak kerja saya selesai bulan depan dan tidak diperpanjang",
              user="ctx-plain")
    assert (await say(engine, "jht saya bisa dicairkan?", user="ctx-plain")).entry_id \
        == "jht-kontrak-habis"


async def test_a_swap_from_an_entry_without_an_aspect(engine):
    assert (await say(engine, "umur pensiun jp berapa", user="ctx-noasp")).entry_id \
        == "jp-usia-pensiun"
    assert (await say(engine, "kalo jht?", user="ctx-noasp")).entry_id == "jht-usia-pensiun"


async def test_one_word_after_the_opener_is_read_with_the_last_question(engine):
    assert (await say(engine, "klaim jht lewat jmo gimana", user="ctx-bare")).entry_id \
        == "jht-klaim-jmo"
    assert (await say(engine, "kalau ditolak?", user="ctx-bare")).entry_id \
        == "jht-status-ditolak"


async def test_a_calculation_in_between_ends_the_faq_context(engine):
    await say(engine, "jp itu apa", user="ctx-calc")
    assert (await say(engine, "penghasilan ojol 3jt iuran bpu brp", user="ctx-calc")).kind \
        == "calculation"
    # logged for the staff statistics, and the last exchange is no longer the JP answer
    assert await engine.db.fetchval(
        "SELECT COUNT(*) FROM question_log WHERE outcome = 'calculation'") == 1
    assert (await say(engine, "bayarnya dimana?", user="ctx-calc")).entry_id \
        == "iuran-bpu-cara-bayar"


async def test_a_bare_program_and_an_old_story(engine):
    user = "ctx-old"
    await say(engine, "kontrak pkwt saya sudah selesai kemarin", user=user)
    assert (await say(engine, "jht saya bisa dicairkan?", user=user)).entry_id \
        == "jht-kontrak-habis"
    assert (await say(engine, "iuran jkk berapa persen", user=user)).entry_id == "jkk-iuran"
    # "jkm?" asks the last question of JKM; the contract story two questions back, before a
    # question asked on its own, no longer steers it
    assert (await say(engine, "jkm?", user=user)).entry_id == "jkm-iuran"
    assert (await say(engine, "jp nya?", user=user)).entry_id == "jp-iuran"


async def test_a_story_counts_even_when_it_got_no_answer(engine):
    # a story alone is often not a question: it gets a list or a fallback, and is still the
    # situation the next question is about
    first = await say(engine, "pkwt saya kelar tanggal 30 kemarin", user="ctx-told")
    assert first.kind == "fallback"
    assert (await say(engine, "jht bisa langsung dicairkan?", user="ctx-told")).entry_id \
        == "jht-kontrak-habis"


async def test_a_followup_may_mean_the_first_of_the_list_before(engine):
    # the story got a list led by the WFH accident; "ditanggung ga?" on its own ranks that
    # entry far down, yet it is the entry the conversation is on
    reply = await say(engine, "sy wfh trus jatuh kesandung kabel pas meeting", user="wfh")
    assert reply.kind == "suggestions" and reply.suggestions[0][0] == "jkk-wfh"
    assert (await say(engine, "ditanggung ga?", user="wfh")).entry_id == "jkk-wfh"


async def test_a_short_question_after_a_story_may_ask_about_the_answer_again(engine):
    # the story and the question lead to the answer just given, far ahead of what the words
    # alone allow: that answer, not a reading of the words alone (another program's entry)
    assert (await say(engine, "saya ojol, kemarin ketabrak pas narik", user="again")).entry_id \
        == "jkk-bpu"
    assert (await say(engine, "bisa klaim ga?", user="again")).entry_id == "jkk-bpu"


async def test_words_carried_over_that_weaken_the_reading_are_dropped(engine):
    # "jht" carried over reads the office's words as the JHT arrears entry, far below the
    # message's own answer: a complete new question, read as written
    await say(engine, "jht bisa cair kalau resign?", user="weak")
    reply = await say(engine, "klo pesangon blm dibayar pabrik lapornya kmn?", user="weak")
    assert reply.entry_id == "rujukan-disnaker"


async def test_a_followup_naming_another_agency_is_that_agencys_business(engine):
    # the JKM claim's title and the story would keep it on JKM; Taspen is named
    await say(engine, "cara klaim jkm", user="agency")
    reply = await say(engine, "klo taspen ngurusnya dimana?", user="agency")
    assert reply.entry_id == "rujukan-taspen"


async def test_the_question_decides_a_tie_the_story_leaves(engine):
    # "dana jht" told, then "yang untuk cek saldo": the story ties the SSO website with the
    # JHT balance check; the question (with JHT carried) ranks the balance check first
    await say(engine, "dana jht", user="storytie")
    assert (await say(engine, "yang untuk cek saldo", user="storytie")).entry_id \
        == "jht-cek-saldo"
