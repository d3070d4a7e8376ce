import { Button, Menu, type ButtonProps } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconChevronDown,
  IconDownload,
  IconFileSpreadsheet,
  IconMarkdown,
  IconWorld,
} from '@tabler/icons-react';
import { useState } from 'react';
import { describeError } from '../../api/describe-error.ts';
import { fetchDocument, saveFile, type DocumentFormat } from './download-document.ts';

interface DocumentDownloadButtonProps extends Omit<ButtonProps, 'children' | 'loading'> {
  readonly ws: string;
  readonly sc: string;
  /** The period to score at; null = the latest with a value. */
  readonly period?: string | null;
}

/**
 * "Download strategy document": the scorecard told from the challenge to the scores (as
 * `bearing doc`), as a standalone HTML page or as Markdown; and the strategy workbook (as
 * `bearing export --format xlsx`: the whole workspace to edit in Excel and import back). Reusable
 * on any page that knows a scorecard (customer view, scorecard index, dashboard).
 */
export function DocumentDownloadButton({
  ws,
  sc,
  period = null,
  ...buttonProps
}: DocumentDownloadButtonProps) {
  const [busy, setBusy] = useState<DocumentFormat | null>(null);
  const download = async (format: DocumentFormat) => {
    setBusy(format);
    try {
      saveFile(await fetchDocument(ws, sc, format, period));
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'The strategy document could not be downloaded',
        message: describeError(error),
        autoClose: 8000,
      });
    } finally {
      setBusy(null);
    }
  };
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconDownload size={16} />}
          rightSection={<IconChevronDown size={14} />}
          loading={busy !== null}
          {...buttonProps}
        >
          Strategy document
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Download the strategy document</Menu.Label>
        <Menu.Item leftSection={<IconWorld size={16} />} onClick={() => void download('html')}>
          HTML page (to read, print or share)
        </Menu.Item>
        <Menu.Item leftSection={<IconMarkdown size={16} />} onClick={() => void download('md')}>
          Markdown (to edit or put in a wiki)
        </Menu.Item>
        <Menu.Divider />
        <Menu.Label>The whole strategy</Menu.Label>
        <Menu.Item
          leftSection={<IconFileSpreadsheet size={16} />}
          onClick={() => void download('xlsx')}
        >
          Download workbook (Excel, to edit and import back)
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
