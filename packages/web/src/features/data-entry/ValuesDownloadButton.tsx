import { Button, Menu, type ButtonProps } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconChevronDown,
  IconFileSpreadsheet,
  IconFileTypeCsv,
  IconTableExport,
} from '@tabler/icons-react';
import { useState } from 'react';
import { describeError } from '../../api/describe-error.ts';
import { fetchValuesExport, type ValuesExportFormat } from '../../api/values-file.ts';
import { saveFile } from '../customer/download-document.ts';

interface ValuesDownloadButtonProps extends Omit<ButtonProps, 'children' | 'loading'> {
  readonly ws: string;
  readonly sc: string;
}

/**
 * "Download values": every stored value of the scorecard in the long shape (scorecard, kpi,
 * period, value, comment), as CSV or as an Excel workbook; the file imports back unchanged.
 */
export function ValuesDownloadButton({ ws, sc, ...buttonProps }: ValuesDownloadButtonProps) {
  const [busy, setBusy] = useState(false);
  const download = async (format: ValuesExportFormat) => {
    setBusy(true);
    try {
      saveFile(await fetchValuesExport(ws, sc, format));
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'The values could not be downloaded',
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
          leftSection={<IconTableExport size={16} />}
          rightSection={<IconChevronDown size={14} />}
          loading={busy}
          {...buttonProps}
        >
          Download values
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Every value of this scorecard, one per row</Menu.Label>
        <Menu.Item leftSection={<IconFileTypeCsv size={16} />} onClick={() => void download('csv')}>
          CSV (UTF-8, comma-separated)
        </Menu.Item>
        <Menu.Item
          leftSection={<IconFileSpreadsheet size={16} />}
          onClick={() => void download('xlsx')}
        >
          Excel workbook (.xlsx)
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
