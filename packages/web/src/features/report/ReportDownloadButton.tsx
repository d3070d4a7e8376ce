import { Button, Menu, type ButtonProps } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconFileTypePdf, IconPresentation, IconWorld } from '@tabler/icons-react';
import { useState } from 'react';
import { describeError } from '../../api/describe-error.ts';
import { saveFile } from '../customer/download-document.ts';
import { fetchReport, type ReportFormat } from './download-report.ts';

interface ReportDownloadButtonProps extends Omit<ButtonProps, 'children' | 'loading'> {
  readonly ws: string;
  readonly sc: string;
  /** The period to report on; null = the latest with a value. */
  readonly period?: string | null;
}

/**
 * "Download report": the scorecard's board report (as `bearing report`), printed to PDF by the
 * server's Chromium, or as the HTML page it prints (when the server has no browser).
 */
export function ReportDownloadButton({
  ws,
  sc,
  period = null,
  ...buttonProps
}: ReportDownloadButtonProps) {
  const [busy, setBusy] = useState(false);
  const download = async (format: ReportFormat) => {
    setBusy(true);
    try {
      saveFile(await fetchReport(ws, sc, format, period));
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'The board report could not be downloaded',
        message: describeError(error),
        autoClose: 8000,
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconPresentation size={16} />}
          rightSection={<IconChevronDown size={14} />}
          loading={busy}
          {...buttonProps}
        >
          Download report
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>The board report of this scorecard</Menu.Label>
        <Menu.Item leftSection={<IconFileTypePdf size={16} />} onClick={() => void download('pdf')}>
          PDF (to send to the board)
        </Menu.Item>
        <Menu.Item leftSection={<IconWorld size={16} />} onClick={() => void download('html')}>
          HTML page (open and print)
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
