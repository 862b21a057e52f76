package org.millwright.assistant.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import org.millwright.assistant.internal.AnswerMode;
import org.millwright.assistant.internal.AssistantType;
import org.millwright.assistant.internal.answer.AskAnswer;
import org.millwright.assistant.internal.answer.AskPipeline;
import org.millwright.assistant.internal.answer.Citation;
import org.millwright.assistant.internal.voice.UnsupportedAudioException;
import org.millwright.assistant.internal.voice.VoiceQuestions;
import org.millwright.platform.error.InvalidRequestException;
import org.millwright.platform.web.Locales;
import org.millwright.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@Tag(name = "Assistant", description = "Questions answered from the knowledge base, with citations")
@RestController
@RequestMapping("/api/v1/assistant")
class VoiceController {

    private final VoiceQuestions voice;
    private final AskPipeline pipeline;
    private final Problems problems;

    VoiceController(VoiceQuestions voice, AskPipeline pipeline, Problems problems) {
        this.voice = voice;
        this.pipeline = pipeline;
        this.problems = problems;
    }

    @Operation(
            summary = "Ask by voice (part \"audio\": WAV, WebM/Opus, MP3 or Ogg by its bytes, at most"
                    + " MILLWRIGHT_ASSISTANT_MAX_AUDIO): transcribed by the speech-to-text server, then"
                    + " answered as /ask; the answer adds the transcription")
    @PostMapping(path = "/ask/voice", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('OPERATOR')")
    VoiceAnswer ask(
            @RequestParam(required = false) MultipartFile audio,
            @RequestParam(required = false) UUID conversationId,
            @RequestParam(required = false) UUID assetId,
            @RequestParam(required = false) UUID siteId,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String language,
            HttpServletRequest request) {
        if (audio == null) {
            throw new InvalidRequestException("error.assistant.voice-missing");
        }
        VoiceQuestions.Heard heard = voice.hear(new VoiceQuestions.Recording(
                audio.getSize(), () -> bytes(audio), audio.getOriginalFilename(), conversationId, type, language));
        AskPipeline.PreparedAsk prepared = pipeline.prepare(
                new AskPipeline.AskRequest(heard.text(), conversationId, assetId, siteId, type, language),
                Locales.resolve(request));
        AskAnswer answer = pipeline.answer(prepared, AskPipeline.Listener.NONE);
        pipeline.remember(prepared);
        return VoiceAnswer.of(answer, new VoiceAnswer.Heard(heard.text(), heard.language()));
    }

    @ExceptionHandler(UnsupportedAudioException.class)
    @ResponseStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
    ProblemDetail unsupported(UnsupportedAudioException e, HttpServletRequest request) {
        return problems.localized(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", e.messageKey(), e.args(), request);
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The answer of {@code /ask} and what was heard. */
    record VoiceAnswer(
            UUID conversationId,
            UUID turnId,
            String answer,
            AnswerMode mode,
            String language,
            AssistantType assistantType,
            List<Citation> citations,
            List<AskAnswer.Image> images,
            String model,
            boolean notCovered,
            Heard transcription) {

        /** The text transcribed and the language the speech server heard (null when not reported). */
        record Heard(String text, String language) {}

        static VoiceAnswer of(AskAnswer a, Heard heard) {
            return new VoiceAnswer(
                    a.conversationId(),
                    a.turnId(),
                    a.answer(),
                    a.mode(),
                    a.language(),
                    a.assistantType(),
                    a.citations(),
                    a.images(),
                    a.model(),
                    a.notCovered(),
                    heard);
        }
    }
}
