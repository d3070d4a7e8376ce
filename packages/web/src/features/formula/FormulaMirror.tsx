import { Box } from '@mantine/core';
import type { CSSProperties } from 'react';
import { highlightPieces, type PieceKind, type ProblemSpan } from './highlight.ts';

const COLOR: Readonly<Record<PieceKind, string | undefined>> = {
  reference: 'var(--mantine-color-blue-text)',
  function: 'var(--mantine-color-grape-text)',
  number: 'var(--mantine-color-teal-text)',
  keyword: 'var(--mantine-color-orange-text)',
  operator: 'var(--mantine-color-dimmed)',
  text: undefined,
};

const PROBLEM: CSSProperties = {
  color: 'inherit',
  background: 'var(--mantine-color-red-light)',
  textDecoration: 'underline wavy var(--mantine-color-red-filled)',
  textUnderlineOffset: 3,
};

/** The formula as written, coloured, with the characters of each problem underlined. */
export function FormulaMirror({
  text,
  problems,
}: {
  text: string;
  problems: readonly ProblemSpan[];
}) {
  return (
    <Box
      component="pre"
      data-testid="formula-mirror"
      m={0}
      px="xs"
      py={4}
      fz="sm"
      ff="monospace"
      bg="var(--mantine-color-default-hover)"
      style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', borderRadius: 4 }}
    >
      {highlightPieces(text, problems).map((piece, i) =>
        piece.problem ? (
          <mark key={i} style={{ ...PROBLEM, color: COLOR[piece.kind] }}>
            {piece.text}
          </mark>
        ) : (
          <span key={i} style={{ color: COLOR[piece.kind] }}>
            {piece.text}
          </span>
        ),
      )}
    </Box>
  );
}
