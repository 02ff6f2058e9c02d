import { commentPieces, paragraphs } from './comment-text';

/**
 * A comment's text (a plan's, a task's or a project's): paragraphs with their line breaks,
 * mentions shown as "@Name". Never HTML.
 */
export function CommentText({ body, mentionClassName = 'mention-name' }: { body: string; mentionClassName?: string }) {
  return (
    <>
      {paragraphs(body).map((paragraph, index) => (
        <p key={index}>
          {commentPieces(paragraph).map((piece, at) =>
            piece.kind === 'mention' ? (
              <span key={at} className={mentionClassName}>
                @{piece.name}
              </span>
            ) : (
              <span key={at}>{piece.text}</span>
            ),
          )}
        </p>
      ))}
    </>
  );
}
